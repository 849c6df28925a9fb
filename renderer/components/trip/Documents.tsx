import { Anchor, Badge, Button, Group, Modal, Select, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_LEVELS, aseanDocumentFields, DOCUMENT_KINDS, DOCUMENT_STATUSES, type AseanDocument, type ApprovalLevel, type DocumentKind, type DocumentStatus } from '../../../electron/contract';
import { useApi } from '../../api';
import { useToday } from '../../clock';
import { formatDate } from '../../format';
import { DateField, EntitySelect, EditForm, useDuplicateConfirm, useEntityForm, useVersionReload } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { hrefOf } from '../../router/useHashRoute';
import { agencyLabel, bodyLabel } from '../actions/shared';
import { DocumentStatusBadge } from './DocumentStatusBadge';

/** Whether a document's comment deadline has passed while Viet Nam still owes comments. */
export function commentsOverdue(d: Pick<AseanDocument, 'status' | 'commentDeadline'>, today: string): boolean {
  return (d.status === 'draft' || d.status === 'comments_due') && !!d.commentDeadline && d.commentDeadline < today;
}

/** The documents as a table: title, kind, status, comment deadline (overdue ones stand out), who comments, approval, meeting. */
export function DocumentsTable({ items, onEdit, showMeeting = true, notes }: { items: AseanDocument[]; onEdit: (d: AseanDocument) => void; showMeeting?: boolean; notes?: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const today = useToday();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" striped highlightOnHover data-testid="documents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trip.documents.columns.title')}</Table.Th>
            <Table.Th w={180}>{t('trip.documents.columns.status')}</Table.Th>
            <Table.Th w={110}>{t('trip.documents.columns.deadline')}</Table.Th>
            <Table.Th w={130}>{t('trip.documents.columns.comment')}</Table.Th>
            <Table.Th w={130}>{t('trip.documents.columns.approval')}</Table.Th>
            {showMeeting ? <Table.Th w={170}>{t('trip.documents.columns.meeting')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => {
            const late = commentsOverdue(d, today);
            const title = lang === 'en' ? (d.titleEn ?? d.titleVi) : d.titleVi;
            return (
              <Table.Tr key={d.id} data-testid="document-row">
                <Table.Td>
                  <Anchor component="button" type="button" ta="left" size="sm" onClick={() => onEdit(d)} aria-label={t('trip.documents.edit', { title })}>
                    {title}
                  </Anchor>
                  {lang === 'en' && !d.titleEn ? (
                    <Badge ml="xs" size="xs" variant="light" color="gray" tt="none">
                      {t('trip.agenda.onlyVi')}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {[t(`trip.documents.kinds.${d.kind}`), d.bodyCode, notes?.get(d.id)].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DocumentStatusBadge status={d.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={late ? 'red.9' : undefined} fw={late ? 700 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatDate(d.commentDeadline) || t('common.none')}
                  </Text>
                  {late ? (
                    <Badge color="red" size="xs" variant="filled" tt="none">
                      {t('trip.documents.overdue')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.commentAgencyCode ?? t('common.none')}</Text>
                  {d.commentPersonName ? (
                    <Text size="xs" c="dimmed">
                      {d.commentPersonName}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.approvalLevel === 'none' ? t('common.none') : t(`trip.documents.approvals.${d.approvalLevel}`)}</Text>
                  {d.approvalRef ? (
                    <Text size="xs" fw={600}>
                      {d.approvalRef}
                    </Text>
                  ) : null}
                </Table.Td>
                {showMeeting ? (
                  <Table.Td>
                    {d.meetingId ? (
                      <>
                        <Anchor href={hrefOf(`/meetings/${d.meetingId}`)} size="sm" fw={600} title={(lang === 'en' ? d.meetingTitleEn : d.meetingTitleVi) ?? undefined}>
                          {d.meetingCode ?? (lang === 'en' ? d.meetingTitleEn : d.meetingTitleVi)}
                        </Anchor>
                        {d.meetingStartDate ? (
                          <Text size="xs" c="dimmed">
                            {formatDate(d.meetingStartDate)}
                          </Text>
                        ) : null}
                      </>
                    ) : (
                      <Text size="sm">{t('common.none')}</Text>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const schema = aseanDocumentFields;

type Values = {
  kind: DocumentKind;
  titleVi: string;
  titleEn: string;
  bodyId: string | null;
  meetingId: string | null;
  status: DocumentStatus;
  commentDeadline: string | null;
  commentAgencyId: string | null;
  commentPersonId: string | null;
  approvalLevel: ApprovalLevel;
  approvalRef: string;
  approvedOn: string | null;
  summary: string;
  summaryEn: string;
  notes: string;
};

const valuesOf = (d: AseanDocument | null, defaults: { meetingId?: string | null; bodyId?: string | null }): Values => ({
  kind: d?.kind ?? 'declaration',
  titleVi: d?.titleVi ?? '',
  titleEn: d?.titleEn ?? '',
  bodyId: d?.bodyId ?? defaults.bodyId ?? null,
  meetingId: d?.meetingId ?? defaults.meetingId ?? null,
  status: d?.status ?? 'draft',
  commentDeadline: d?.commentDeadline ?? null,
  commentAgencyId: d?.commentAgencyId ?? null,
  commentPersonId: d?.commentPersonId ?? null,
  approvalLevel: d?.approvalLevel ?? 'none',
  approvalRef: d?.approvalRef ?? '',
  approvedOn: d?.approvedOn ?? null,
  summary: d?.summary ?? '',
  summaryEn: d?.summaryEn ?? '',
  notes: d?.notes ?? '',
});

/** Adds or edits an ASEAN document. */
export function DocumentModal({
  document,
  opened,
  onClose,
  defaults = {},
}: {
  document: AseanDocument | null;
  opened: boolean;
  onClose: () => void;
  defaults?: { meetingId?: string | null; bodyId?: string | null };
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={document ? t('trip.documents.editTitle') : t('trip.documents.addTitle')} size="xl" centered>
      {opened ? <DocumentForm key={document?.id ?? 'new'} document={document} onClose={onClose} defaults={defaults} /> : null}
    </Modal>
  );
}

function DocumentForm({ document, onClose, defaults }: { document: AseanDocument | null; onClose: () => void; defaults: { meetingId?: string | null; bodyId?: string | null } }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const duplicate = useDuplicateConfirm();
  const [version, setVersion] = useState(document?.version ?? 1);
  const entityForm = useEntityForm<Values>({
    schema,
    initialValues: valuesOf(document, defaults),
    onSubmit: async (values, { changed }) => {
      if (document) {
        if (Object.keys(changed).length > 0) {
          const saved = await duplicate.confirmed((intended) =>
            api.call('aseanDocuments.update', { id: document.id, version, changes: changed, ...(intended ? { duplicateIntended: true } : {}) }),
          );
          setVersion(saved.version);
        }
      } else {
        await duplicate.confirmed((intended) => api.call('aseanDocuments.create', { ...values, ...(intended ? { duplicateIntended: true } : {}) }));
      }
      reset(values);
      notifications.show({ color: 'teal', autoClose: 3000, message: t('trip.documents.saved') });
      onClose();
    },
  });
  const { form, submitting, reset } = entityForm;
  const reload = useVersionReload(entityForm, () => api.call('aseanDocuments.get', { id: document!.id }), setVersion);
  const values = form.getValues();
  const option = <T extends string>(list: readonly T[], key: string) => list.map((v) => ({ value: v, label: t(`${key}.${v}` as never) }));
  return (
    <EditForm entityForm={entityForm} reload={reload} testId="document-form">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('trip.documents.kind')}
          allowDeselect={false}
          data={option(DOCUMENT_KINDS, 'trip.documents.kinds')}
          {...form.getInputProps('kind')}
          onChange={(v) => v && form.setFieldValue('kind', v as DocumentKind)}
        />
        <Select
          label={t('trip.documents.status')}
          allowDeselect={false}
          data={option(DOCUMENT_STATUSES, 'trip.documents.statuses')}
          {...form.getInputProps('status')}
          onChange={(v) => v && form.setFieldValue('status', v as DocumentStatus)}
        />
        <DateField label={t('trip.documents.deadline')} withRule={false} {...form.getInputProps('commentDeadline')} />
      </SimpleGrid>
      <TextInput label={t('trip.documents.titleVi')} withAsterisk data-autofocus {...form.getInputProps('titleVi')} />
      <TextInput label={t('trip.documents.titleEn')} {...form.getInputProps('titleEn')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <EntitySelect method="bodies" label={t('trip.documents.body')} value={values.bodyId} onChange={(id) => form.setFieldValue('bodyId', id)} getLabel={(b) => bodyLabel(b, lang)} clearable />
        <EntitySelect
          method="meetings"
          label={t('trip.documents.meeting')}
          value={values.meetingId}
          onChange={(id) => form.setFieldValue('meetingId', id)}
          getLabel={(m) => (lang === 'en' ? m.titleEn : m.titleVi)}
          clearable
        />
        <EntitySelect
          method="agencies"
          label={t('trip.documents.commentAgency')}
          value={values.commentAgencyId}
          onChange={(id) => form.setFieldValue('commentAgencyId', id)}
          getLabel={(a) => agencyLabel(a, lang)}
          clearable
        />
        <EntitySelect
          method="people"
          label={t('trip.documents.commentPerson')}
          value={values.commentPersonId}
          onChange={(id) => form.setFieldValue('commentPersonId', id)}
          getLabel={(p) => p.fullName}
          clearable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('trip.documents.approval')}
          allowDeselect={false}
          data={option(APPROVAL_LEVELS, 'trip.documents.approvals')}
          {...form.getInputProps('approvalLevel')}
          onChange={(v) => v && form.setFieldValue('approvalLevel', v as ApprovalLevel)}
        />
        <TextInput label={t('trip.documents.approvalRef')} placeholder="276/NQ-CP" {...form.getInputProps('approvalRef')} />
        <DateField label={t('trip.documents.approvedOn')} withRule={false} {...form.getInputProps('approvedOn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea label={t('trip.documents.summary')} autosize minRows={2} maxRows={8} {...form.getInputProps('summary')} />
        <Textarea label={t('trip.documents.summaryEn')} autosize minRows={2} maxRows={8} {...form.getInputProps('summaryEn')} />
      </SimpleGrid>
      <Textarea label={t('trip.documents.notes')} autosize minRows={1} maxRows={6} {...form.getInputProps('notes')} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('trip.documents.cancel')}
        </Button>
        <Button type="submit" loading={submitting}>
          {t('trip.documents.save')}
        </Button>
      </Group>
      {duplicate.modal}
    </EditForm>
  );
}
