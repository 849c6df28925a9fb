import { Button, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_STATUSES, type AseanDocument, type DocumentStatus } from '../../electron/contract';
import { useApiList } from '../api';
import { useHashParams } from '../components/directory/hashParams';
import { QueryStates } from '../components/QueryStates/QueryStates';
import { ListFooter } from '../components/lists/ListFooter';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { DocumentModal, DocumentsTable } from '../components/trip/Documents';
import type { PageProps } from '../routes';

const isStatus = (v: string): v is DocumentStatus => (DOCUMENT_STATUSES as readonly string[]).includes(v);

/**
 * Every ASEAN document, nearest comment deadline first, filtered by status (kept in the address:
 * #/documents?status=comments_due,draft); a deadline passed while comments are owed stands out.
 */
export function DocumentsPage(_props: PageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useHashParams();
  const statusParam = params.get('status') ?? '';
  const statuses = useMemo(() => statusParam.split(',').filter(isStatus), [statusParam]);
  const input = useMemo(
    () => ({ filter: statuses.length ? { status: statuses } : {}, sort: { field: 'commentDeadline' as const, dir: 'asc' as const }, limit: 100 }),
    [statuses],
  );
  const list = useApiList('aseanDocuments.list', input);
  const [editing, setEditing] = useState<AseanDocument | 'new' | null>(null);
  const items = useMemo(() => list.data ?? [], [list.data]);
  const opened = params.get('id');
  const fromAddress = opened ? (items.find((d) => d.id === opened) ?? null) : null;

  return (
    <>
      <PageHeader title={t('trip.documents.title')} description={t('trip.documents.pageDescription')}>
        <Group mt="sm">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} data-testid="document-add">
            {t('trip.documents.add')}
          </Button>
        </Group>
      </PageHeader>
      <Stack gap="md">
        <Paper withBorder p="sm">
          <Group gap="sm" align="center">
            <Text size="sm" fw={600} id="document-status-filter">
              {t('trip.documents.statusFilter')}
            </Text>
            <Chip.Group multiple value={statuses} onChange={(v) => setParams({ status: v.length ? v.join(',') : null, id: null })}>
              <Group gap={6} role="group" aria-labelledby="document-status-filter">
                {DOCUMENT_STATUSES.map((s) => (
                  <Chip key={s} value={s} size="sm" variant="outline">
                    {t(`trip.documents.statuses.${s}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Group>
        </Paper>
        <QueryStates query={list} rows={6} empty={items.length === 0 && (statuses.length ? t('trip.documents.emptyFiltered') : t('trip.documents.empty'))}>
          <DocumentsTable items={items} onEdit={(d) => setEditing(d)} />
        </QueryStates>
        <ListFooter list={list} shown={items.length} />
      </Stack>
      <DocumentModal
        document={editing === 'new' ? null : (editing ?? fromAddress)}
        opened={editing !== null || fromAddress !== null}
        onClose={() => {
          setEditing(null);
          if (opened) setParams({ id: null });
        }}
      />
    </>
  );
}
