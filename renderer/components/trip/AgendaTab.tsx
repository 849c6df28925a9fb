import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemFields, type AgendaItem, type MeetingOverview } from '../../../electron/contract';
import { positionsAgreed } from '../../../common/timeline';
import { useApi, useApiQuery } from '../../api';
import { EntityMultiSelect, EntitySelect, EditForm, useDeleteWithUndo, useEntityForm, useVersionReload } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { agencyLabel } from '../actions/shared';
import { RowActions } from '../lists/RowActions';
import { QueryStates } from '../QueryStates/QueryStates';
import { Panel } from '../meetings/OverviewTab';
import { DocumentStatusBadge } from './DocumentStatusBadge';

/** The meeting's agenda, in order (an agenda has tens of items). */
export function useAgenda(meetingId: string) {
  return useApiQuery('agendaItems.list', { filter: { meetingId }, sort: { field: 'number', dir: 'asc' }, limit: 500 });
}

/**
 * The Agenda tab: the numbered items with Viet Nam's position and talking points (Vietnamese and
 * English), the lead unit and the documents each concerns; add, edit, delete, move up and down.
 */
export function AgendaTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const meetingId = overview.meeting.id;
  const agenda = useAgenda(meetingId);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [moving, setMoving] = useState(false);
  const deletion = useDeleteWithUndo();
  const items = useMemo(() => agenda.data?.items ?? [], [agenda.data]);
  const missing = items.filter((i) => !i.position?.trim() && !i.positionEn?.trim()).length;

  const move = async (from: number, to: number) => {
    const order = [...items];
    const [item] = order.splice(from, 1);
    order.splice(to, 0, item!);
    setMoving(true);
    try {
      await api.call('agendaItems.reorder', { meetingId, items: order.map(({ id, version }) => ({ id, version })) });
    } finally {
      setMoving(false);
    }
  };

  return (
    <Panel
      title={t('trip.agenda.title')}
      testId="agenda"
      action={
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')} data-testid="agenda-add">
          {t('trip.agenda.add')}
        </Button>
      }
    >
      <QueryStates query={agenda} rows={4} empty={items.length === 0 && t('trip.agenda.empty')}>
        <Stack gap="sm">
          <Text size="sm" c={positionsAgreed(items) ? 'teal.8' : 'orange.8'} data-testid="agenda-positions">
            {positionsAgreed(items) ? t('trip.agenda.positionsAgreed') : t('trip.agenda.positionsMissing', { n: missing })}
          </Text>
          {items.map((item, index) => (
            <Paper key={item.id} withBorder p="sm" data-testid="agenda-item">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Text fw={600}>
                    {item.number}. {lang === 'en' ? (item.titleEn ?? item.titleVi) : item.titleVi}
                    {lang === 'en' && !item.titleEn ? (
                      <Badge ml="xs" size="xs" variant="light" color="gray" tt="none">
                        {t('trip.agenda.onlyVi')}
                      </Badge>
                    ) : null}
                  </Text>
                  {item.leadAgencyCode ? (
                    <Text size="sm" c="dimmed">
                      {t('trip.agenda.leadLabel')}: {lang === 'en' ? item.leadAgencyNameEn : item.leadAgencyNameVi} ({item.leadAgencyCode})
                    </Text>
                  ) : null}
                  <BilingualText label={t('trip.agenda.positionLabel')} vi={item.position} en={item.positionEn} empty={t('trip.agenda.noPosition')} testId="agenda-position" />
                  {item.talkingPoints || item.talkingPointsEn ? <BilingualText label={t('trip.agenda.talkingPointsLabel')} vi={item.talkingPoints} en={item.talkingPointsEn} /> : null}
                  {item.documents.length > 0 ? (
                    <Stack gap={2}>
                      {item.documents.map((d) => (
                        <Group key={d.id} gap="xs" wrap="nowrap">
                          <DocumentStatusBadge status={d.status} />
                          <Text size="sm">{lang === 'en' ? (d.titleEn ?? d.titleVi) : d.titleVi}</Text>
                        </Group>
                      ))}
                    </Stack>
                  ) : null}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" color="gray" disabled={index === 0 || moving} onClick={() => void move(index, index - 1)} aria-label={t('trip.agenda.up', { n: item.number })}>
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === items.length - 1 || moving}
                    onClick={() => void move(index, index + 1)}
                    aria-label={t('trip.agenda.down', { n: item.number })}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <RowActions
                    editLabel={t('trip.agenda.edit', { n: item.number })}
                    deleteLabel={t('trip.agenda.remove', { n: item.number })}
                    onEdit={() => setEditing(item)}
                    onDelete={() => deletion.confirmDelete({ method: 'agendaItems', id: item.id, version: item.version, label: `${item.number}. ${item.titleVi}` })}
                  />
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      </QueryStates>
      <AgendaItemModal
        meetingId={meetingId}
        item={editing === 'new' ? null : editing}
        opened={editing !== null}
        nextNumber={(items.at(-1)?.number ?? 0) + 1}
        onClose={() => setEditing(null)}
        lang={lang}
      />
      {deletion.modal}
    </Panel>
  );
}

/** A text in the user's language, saying so when only the Vietnamese exists (English screen). */
function BilingualText({ label, vi, en, empty, testId }: { label: string; vi: string | null | undefined; en: string | null | undefined; empty?: string; testId?: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const text = lang === 'en' ? (en ?? vi) : (vi ?? en);
  if (!text) return empty ? <Text size="sm" c="orange.8" data-testid={testId}>{empty}</Text> : null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      <Text span fw={600} size="sm">
        {label}:{' '}
      </Text>
      {text}
      {lang === 'en' && !en && vi ? (
        <Badge ml="xs" size="xs" variant="light" color="gray" tt="none">
          {t('trip.agenda.onlyVi')}
        </Badge>
      ) : null}
    </Text>
  );
}

const schema = agendaItemFields.omit({ meetingId: true });

type Values = {
  number: number;
  titleVi: string;
  titleEn: string;
  leadAgencyId: string | null;
  position: string;
  positionEn: string;
  talkingPoints: string;
  talkingPointsEn: string;
  documentIds: string[];
  notes: string;
};

const valuesOf = (item: AgendaItem | null, nextNumber: number): Values => ({
  number: item?.number ?? nextNumber,
  titleVi: item?.titleVi ?? '',
  titleEn: item?.titleEn ?? '',
  leadAgencyId: item?.leadAgencyId ?? null,
  position: item?.position ?? '',
  positionEn: item?.positionEn ?? '',
  talkingPoints: item?.talkingPoints ?? '',
  talkingPointsEn: item?.talkingPointsEn ?? '',
  documentIds: item?.documentIds ?? [],
  notes: item?.notes ?? '',
});

export function AgendaItemModal(props: { meetingId: string; item: AgendaItem | null; opened: boolean; nextNumber: number; onClose: () => void; lang: 'vi' | 'en' }) {
  const { t } = useTranslation();
  const { item, opened, onClose } = props;
  return (
    <Modal opened={opened} onClose={onClose} title={item ? t('trip.agenda.editTitle', { n: item.number }) : t('trip.agenda.addTitle')} size="xl" centered>
      {opened ? <AgendaItemForm key={item?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
}

function AgendaItemForm({ meetingId, item, nextNumber, onClose, lang }: { meetingId: string; item: AgendaItem | null; nextNumber: number; onClose: () => void; lang: 'vi' | 'en' }) {
  const { t } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(item?.version ?? 1);
  const entityForm = useEntityForm<Values>({
    schema,
    initialValues: valuesOf(item, nextNumber),
    onSubmit: async (values, { changed }) => {
      if (item) {
        if (Object.keys(changed).length > 0) {
          const saved = await api.call('agendaItems.update', { id: item.id, version, changes: changed });
          setVersion(saved.version);
        }
      } else {
        await api.call('agendaItems.create', { ...values, meetingId });
      }
      reset(values);
      notifications.show({ color: 'teal', autoClose: 3000, message: t('trip.agenda.saved', { n: values.number }) });
      onClose();
    },
  });
  const { form, submitting, reset } = entityForm;
  const reload = useVersionReload(entityForm, () => api.call('agendaItems.get', { id: item!.id }), setVersion);
  const values = form.getValues();
  return (
    <EditForm entityForm={entityForm} reload={reload} testId="agenda-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput label={t('trip.agenda.number')} min={1} max={999} allowDecimal={false} {...form.getInputProps('number')} />
        <EntitySelect
          method="agencies"
          label={t('trip.agenda.lead')}
          value={values.leadAgencyId}
          onChange={(id) => form.setFieldValue('leadAgencyId', id)}
          getLabel={(a) => agencyLabel(a, lang)}
          clearable
        />
      </SimpleGrid>
      <TextInput label={t('trip.agenda.titleVi')} withAsterisk data-autofocus {...form.getInputProps('titleVi')} />
      <TextInput label={t('trip.agenda.titleEn')} {...form.getInputProps('titleEn')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea label={t('trip.agenda.position')} autosize minRows={3} maxRows={10} {...form.getInputProps('position')} />
        <Textarea label={t('trip.agenda.positionEn')} autosize minRows={3} maxRows={10} {...form.getInputProps('positionEn')} />
        <Textarea label={t('trip.agenda.talkingPoints')} autosize minRows={3} maxRows={10} {...form.getInputProps('talkingPoints')} />
        <Textarea label={t('trip.agenda.talkingPointsEn')} autosize minRows={3} maxRows={10} {...form.getInputProps('talkingPointsEn')} />
      </SimpleGrid>
      <EntityMultiSelect
        method="aseanDocuments"
        label={t('trip.agenda.documents')}
        value={values.documentIds}
        onChange={(ids) => form.setFieldValue('documentIds', ids)}
        getLabel={(d) => (lang === 'en' ? (d.titleEn ?? d.titleVi) : d.titleVi)}
      />
      <Textarea label={t('trip.agenda.notes')} autosize minRows={1} maxRows={6} {...form.getInputProps('notes')} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('trip.agenda.cancel')}
        </Button>
        <Button type="submit" loading={submitting}>
          {t('trip.agenda.save')}
        </Button>
      </Group>
    </EditForm>
  );
}
