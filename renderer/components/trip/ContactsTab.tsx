import { Anchor, Button, Group, Modal, Select, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, meetingContactFields, type ContactKind, type MeetingContact, type MeetingOverview } from '../../../electron/contract';
import { useApi, useApiQuery } from '../../api';
import { EditForm, useDeleteWithUndo, useEntityForm, useVersionReload } from '../../forms';
import { RowActions } from '../lists/RowActions';
import { QueryStates } from '../QueryStates/QueryStates';
import { Panel } from '../meetings/OverviewTab';

/** Who to reach about the meeting: the host's organisers, the ASEAN Secretariat, the embassy. */
export function ContactsTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const meetingId = overview.meeting.id;
  const list = useApiQuery('meetingContacts.list', { filter: { meetingId }, sort: { field: 'sortOrder', dir: 'asc' }, limit: 200 });
  const [editing, setEditing] = useState<MeetingContact | 'new' | null>(null);
  const deletion = useDeleteWithUndo();
  const items = list.data?.items ?? [];
  return (
    <Panel
      title={t('trip.contacts.title')}
      testId="contacts"
      action={
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
          {t('trip.contacts.add')}
        </Button>
      }
    >
      <QueryStates query={list} rows={3} empty={items.length === 0 && t('trip.contacts.empty')}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>{t('trip.contacts.kind')}</Table.Th>
              <Table.Th>{t('trip.contacts.name')}</Table.Th>
              <Table.Th>{t('trip.contacts.organisation')}</Table.Th>
              <Table.Th>{t('trip.contacts.email')}</Table.Th>
              <Table.Th>{t('trip.contacts.phone')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{t(`trip.contacts.kinds.${c.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{c.name}</Text>
                  {c.notes ? (
                    <Text size="xs" c="dimmed">
                      {c.notes}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{c.organisation ?? t('common.none')}</Table.Td>
                <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : t('common.none')}</Table.Td>
                <Table.Td>{c.phone ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <RowActions
                    editLabel={t('trip.contacts.edit', { name: c.name })}
                    deleteLabel={t('trip.contacts.remove', { name: c.name })}
                    onEdit={() => setEditing(c)}
                    onDelete={() => deletion.confirmDelete({ method: 'meetingContacts', id: c.id, version: c.version, label: c.name })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryStates>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('trip.contacts.addTitle') : t('trip.contacts.editTitle')} size="lg" centered>
        {editing !== null ? (
          <ContactForm key={editing === 'new' ? 'new' : editing.id} meetingId={meetingId} contact={editing === 'new' ? null : editing} nextOrder={items.length} onClose={() => setEditing(null)} />
        ) : null}
      </Modal>
      {deletion.modal}
    </Panel>
  );
}

type Values = { kind: ContactKind; name: string; organisation: string; email: string; phone: string; notes: string };
const schema = meetingContactFields.pick({ kind: true, name: true, organisation: true, email: true, phone: true, notes: true });

function ContactForm({ meetingId, contact, nextOrder, onClose }: { meetingId: string; contact: MeetingContact | null; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(contact?.version ?? 1);
  const entityForm = useEntityForm<Values>({
    schema,
    initialValues: {
      kind: contact?.kind ?? 'host',
      name: contact?.name ?? '',
      organisation: contact?.organisation ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      notes: contact?.notes ?? '',
    },
    onSubmit: async (values, { changed }) => {
      if (contact) {
        if (Object.keys(changed).length) setVersion((await api.call('meetingContacts.update', { id: contact.id, version, changes: changed })).version);
      } else await api.call('meetingContacts.create', { ...values, meetingId, sortOrder: nextOrder });
      notifications.show({ color: 'teal', autoClose: 3000, message: t('trip.contacts.saved') });
      onClose();
    },
  });
  const { form, submitting } = entityForm;
  const reload = useVersionReload(entityForm, () => api.call('meetingContacts.get', { id: contact!.id }), setVersion);
  return (
    <EditForm entityForm={entityForm} reload={reload}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('trip.contacts.kind')}
          allowDeselect={false}
          data={CONTACT_KINDS.map((k) => ({ value: k, label: t(`trip.contacts.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
          onChange={(v) => v && form.setFieldValue('kind', v as ContactKind)}
        />
        <TextInput label={t('trip.contacts.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('trip.contacts.organisation')} {...form.getInputProps('organisation')} />
        <TextInput label={t('trip.contacts.email')} {...form.getInputProps('email')} />
        <TextInput label={t('trip.contacts.phone')} {...form.getInputProps('phone')} />
      </SimpleGrid>
      <Textarea label={t('trip.contacts.notes')} autosize minRows={1} maxRows={6} {...form.getInputProps('notes')} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('trip.contacts.cancel')}
        </Button>
        <Button type="submit" loading={submitting}>
          {t('trip.contacts.save')}
        </Button>
      </Group>
    </EditForm>
  );
}
