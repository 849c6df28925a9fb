import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AseanDocument, MeetingOverview } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { QueryStates } from '../QueryStates/QueryStates';
import { Panel } from '../meetings/OverviewTab';
import { useAgenda } from './AgendaTab';
import { DocumentModal, DocumentsTable } from './Documents';

/**
 * The documents of a meeting: those it will adopt, and those its agenda items concern (a joint
 * statement discussed at ASOEN and adopted at the Summit), each once.
 */
export function MeetingDocumentsTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const meeting = overview.meeting;
  // One query finds both: the documents it adopts and those its agenda items concern (the desk
  // may hold thousands of documents; the screen never reads them all).
  const documents = useApiQuery('aseanDocuments.list', { filter: { concerningMeetingId: meeting.id }, limit: 200 });
  const agenda = useAgenda(meeting.id);
  const [editing, setEditing] = useState<AseanDocument | 'new' | null>(null);
  const items = useMemo(() => {
    const all = documents.data?.items ?? [];
    // Adopted here first, then the others in the list's order.
    return [...all.filter((d) => d.meetingId === meeting.id), ...all.filter((d) => d.meetingId !== meeting.id)];
  }, [documents.data, meeting.id]);
  // Which agenda item each document belongs to ("Item 2").
  const notes = useMemo(() => {
    const out = new Map<string, string>();
    for (const i of agenda.data?.items ?? []) for (const d of i.documentIds) if (!out.has(d)) out.set(d, t('trip.documents.viaAgenda', { n: i.number }));
    return out;
  }, [agenda.data, t]);
  return (
    <Panel
      title={t('trip.documents.title')}
      testId="meeting-documents"
      action={
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
          {t('trip.documents.add')}
        </Button>
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('trip.documents.meetingDescription')}
        </Text>
        <QueryStates query={documents} empty={items.length === 0 && t('trip.documents.empty')}>
          <DocumentsTable items={items} onEdit={(d) => setEditing(d)} notes={notes} />
        </QueryStates>
      </Stack>
      <DocumentModal
        document={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        defaults={{ meetingId: meeting.id, bodyId: meeting.bodyId }}
      />
    </Panel>
  );
}
