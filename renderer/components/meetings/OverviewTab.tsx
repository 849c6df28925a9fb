import { Anchor, Button, Grid, Group, List, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { relatedToCarryHeld } from '../../../common/meetingStatus';
import type { Meeting, MeetingOverview } from '../../../electron/contract';
import { useApi } from '../../api';
import { useToday } from '../../clock';
import { formatDateRange } from '../../format';
import { EditForm, useDeleteWithUndo, useDuplicateConfirm, useEntityForm, useVersionReload, useUnsavedChangesGuard } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { hrefOf, navigate } from '../../router/useHashRoute';
import { MeetingStatusBadge } from '../MeetingStatusBadge/MeetingStatusBadge';
import { MeetingFields } from './MeetingFields';
import { meetingSchema, meetingValues, type MeetingValues } from './meetingForm';
import { NewMeetingModal } from './NewMeetingModal';
import { ReadinessList } from './ReadinessList';

export function Panel({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) {
  const id = `panel-${testId ?? title}`.replace(/\s+/g, '-');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** The Overview tab: particulars (view, then edit), preparation, related meetings, delete. */
export function OverviewTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [editing, setEditing] = useState(false);
  const [addingRelated, setAddingRelated] = useState(false);
  const { confirmDelete, modal: deleteModal } = useDeleteWithUndo();
  const m = overview.meeting;
  const title = lang === 'en' ? m.titleEn : m.titleVi;

  const remove = () => {
    let calls = 0;
    confirmDelete({
      method: 'meetings',
      id: m.id,
      version: m.version,
      label: title,
      // First call: deleted, back to the list. Second call: restored by Undo, back here.
      onDone: () => navigate((calls += 1) === 1 ? '/meetings' : `/meetings/${m.id}`, { afterSave: true }),
    });
  };

  const rows: Array<[string, ReactNode]> = [
    [t('meetingPage.overview.body'), `${overview.body.code} — ${lang === 'en' ? overview.body.nameEn : overview.body.nameVi}`],
    [t('meetingPage.overview.sequence'), m.sequence ?? t('common.none')],
    [t('meetingPage.form.titleVi'), <span lang="vi">{m.titleVi}</span>],
    [t('meetingPage.form.titleEn'), <span lang="en">{m.titleEn}</span>],
    [t('meetingPage.overview.dates'), formatDateRange(m.startDate, m.endDate)],
    [t('meetingPage.overview.place'), [m.city, overview.hostCountry ? (lang === 'en' ? overview.hostCountry.nameEn : overview.hostCountry.nameVi) : null].filter(Boolean).join(', ') || t('common.none')],
    [t('meetingPage.form.format'), t(`meetings.format.${m.format}`)],
    [t('meetingPage.form.status'), <MeetingStatusBadge status={m.status} />],
    [t('meetingPage.form.notes'), m.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</Text> : t('common.none')],
    [
      lang === 'en' ? t('trip.english.outcomesEn') : t('trip.english.outcomes'),
      (lang === 'en' ? (m.outcomesEn ?? m.outcomes) : (m.outcomes ?? m.outcomesEn)) ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {lang === 'en' ? (m.outcomesEn ?? m.outcomes) : (m.outcomes ?? m.outcomesEn)}
          {lang === 'en' && !m.outcomesEn ? ` (${t('trip.agenda.onlyVi')})` : ''}
        </Text>
      ) : (
        t('common.none')
      ),
    ],
  ];

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Panel
          title={t('meetingPage.overview.particulars')}
          testId="meeting-particulars"
          action={
            editing ? null : (
              <Group gap="xs">
                <Button variant="default" size="xs" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditing(true)}>
                  {t('meetingPage.overview.edit')}
                </Button>
                <Button variant="default" color="red" size="xs" leftSection={<IconTrash size={16} aria-hidden />} onClick={remove}>
                  {t('meetingPage.overview.delete')}
                </Button>
              </Group>
            )
          }
        >
          {editing ? (
            <EditParticulars
              meeting={m}
              related={overview.related}
              onDone={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <Table variant="vertical" layout="fixed" withTableBorder>
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={190} scope="row">
                      {label}
                    </Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Panel>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          <Panel title={t('meetingPage.overview.readiness')} testId="overview-readiness">
            <ReadinessList readiness={overview.readiness} />
          </Panel>
          <Panel
            title={t('meetingPage.overview.related')}
            testId="related-meetings"
            action={
              m.parentId ? null : (
                <Button variant="default" size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAddingRelated(true)}>
                  {t('meetingPage.overview.addRelated')}
                </Button>
              )
            }
          >
            {overview.parent ? (
              <Text size="sm" mb="sm">
                {t('meetingPage.page.parentOf')}
                <Anchor href={hrefOf(`/meetings/${overview.parent.id}`)} size="sm">
                  {lang === 'en' ? overview.parent.titleEn : overview.parent.titleVi}
                </Anchor>
              </Text>
            ) : null}
            {overview.related.length === 0 ? (
              m.parentId ? null : <Text size="sm">{t('meetingPage.overview.relatedNone')}</Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {overview.related.map((r: Meeting) => (
                  <li key={r.id} data-testid="related-meeting">
                    <Anchor href={hrefOf(`/meetings/${r.id}`)} size="sm" display="block">
                      {lang === 'en' ? r.titleEn : r.titleVi}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDateRange(r.startDate, r.endDate)} · {t(`meetings.status.${r.status}`)}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Panel>
        </Stack>
      </Grid.Col>
      <NewMeetingModal
        opened={addingRelated}
        parent={m}
        onClose={() => setAddingRelated(false)}
        onCreated={() => setAddingRelated(false)}
      />
      {deleteModal}
    </Grid>
  );
}

function EditParticulars({ meeting, related, onDone, onCancel }: { meeting: Meeting; related: Meeting[]; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const today = useToday();
  const duplicates = useDuplicateConfirm();
  // Marking the meeting held offers to mark its related meetings held too (common/meetingStatus.ts).
  const [carry, setCarry] = useState<{ meetings: Meeting[]; answer: (all: boolean) => void } | null>(null);
  const askCarry = (meetings: Meeting[]) => new Promise<boolean>((answer) => setCarry({ meetings, answer }));
  const decideCarry = (all: boolean) => {
    carry?.answer(all);
    setCarry(null);
  };
  const [version, setVersion] = useState(meeting.version);
  const entityForm = useEntityForm<MeetingValues>({
    schema: meetingSchema,
    initialValues: meetingValues(meeting),
    onSubmit: async (_values, { changed }) => {
      if (Object.keys(changed).length > 0) {
        const patch = { ...changed } as Record<string, unknown>;
        if ('sequence' in patch) patch.sequence = typeof patch.sequence === 'number' ? patch.sequence : null;
        const eligible = patch.status === 'held' ? relatedToCarryHeld(related, today) : [];
        const relatedHeld = eligible.length > 0 && (await askCarry(eligible)) ? eligible.map(({ id, version: v }) => ({ id, version: v })) : [];
        await duplicates.confirmed((intended) =>
          api.call('meetings.update', { id: meeting.id, version, changes: patch, ...(intended ? { duplicateIntended: true } : {}), ...(relatedHeld.length ? { relatedHeld } : {}) }),
        );
        if (relatedHeld.length) notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.overview.carry.done', { n: relatedHeld.length }) });
      }
      form.resetDirty();
      notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.overview.saved') });
      onDone();
    },
  });
  const { form, submitting } = entityForm;
  const guard = useUnsavedChangesGuard(form.isDirty());

  const reload = useVersionReload(entityForm, () => api.call('meetings.get', { id: meeting.id }), setVersion);

  return (
    <EditForm entityForm={entityForm} reload={reload} gap="md">
      <MeetingFields form={form} withBody={false} excludeParentId={meeting.id} withParent={meeting.relatedCount === 0} />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => guard.confirmLeave(onCancel)}>
          {t('meetingPage.overview.cancelEdit')}
        </Button>
        <Button type="submit" loading={submitting}>
          {t('meetingPage.overview.save')}
        </Button>
      </Group>
      {guard.modal}
      {duplicates.modal}
      <Modal opened={carry !== null} onClose={() => decideCarry(false)} title={t('meetingPage.overview.carry.title')} centered data-testid="carry-held">
        {carry ? (
          <Stack gap="sm">
            <Text size="sm">{t('meetingPage.overview.carry.intro')}</Text>
            <List size="sm" spacing={4}>
              {carry.meetings.map((r) => (
                <List.Item key={r.id}>
                  {lang === 'en' ? r.titleEn : r.titleVi} ({formatDateRange(r.startDate, r.endDate)} · {t(`meetings.status.${r.status}`)})
                </List.Item>
              ))}
            </List>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => decideCarry(false)}>
                {t('meetingPage.overview.carry.onlyThis')}
              </Button>
              <Button onClick={() => decideCarry(true)} data-autofocus>
                {t('meetingPage.overview.carry.all')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </EditForm>
  );
}
