// The record of exports (exports.list): what was exported, the file and its folder, when, how
// big, and how it ended (done, failed with the message the user saw, cancelled), newest first,
// with "Load more". It is asked again when a job ends (see useExportJob).
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconCircleOff, IconHistory, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExportKind, ExportRecordOut } from '../../../electron/contract';
import { EXPORT_LISTS } from '../../../electron/contract';
import { useApiList } from '../../api';
import { formatInstant } from '../../format';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import type { Language } from '../../i18n';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { useClock } from '../../clock';

export interface ExportLogProps {
  /** Only the exports of this meeting (its briefing notes). */
  meetingId?: string;
  /** Only this kind ('backup' for the backup log). */
  kind?: ExportKind;
  /** Lines per page (default 20). */
  pageSize?: number;
}

/** '12,3 KB' / '12.3 KB'. */
export function formatBytes(bytes: number, lang: Language, t: TFunction): string {
  const nf = (n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return t('exports.size.bytes', { n: nf(bytes) });
  if (bytes < 1024 ** 2) return t('exports.size.kb', { n: nf(bytes / 1024) });
  if (bytes < 1024 ** 3) return t('exports.size.mb', { n: nf(bytes / 1024 ** 2) });
  return t('exports.size.gb', { n: nf(bytes / 1024 ** 3) });
}

const isList = (v: unknown): v is (typeof EXPORT_LISTS)[number] => typeof v === 'string' && (EXPORT_LISTS as readonly string[]).includes(v);

function StatusBadge({ status }: { status: ExportRecordOut['status'] }) {
  const { t } = useTranslation();
  const look = {
    done: { color: 'teal', icon: <IconCheck size={12} aria-hidden /> },
    failed: { color: 'red', icon: <IconX size={12} aria-hidden /> },
    cancelled: { color: 'gray', icon: <IconCircleOff size={12} aria-hidden /> },
  }[status];
  return (
    <Badge color={look.color} variant="light" leftSection={look.icon} tt="none">
      {t(`exports.log.statusLabel.${status}`)}
    </Badge>
  );
}

export function ExportLog({ meetingId, kind, pageSize = 20 }: ExportLogProps) {
  const { t } = useTranslation();
  const { zone } = useClock();
  const [lang] = useLanguage();
  const input = useMemo(() => ({ limit: pageSize, ...(kind ? { kind } : {}), ...(meetingId ? { meetingId } : {}) }), [pageSize, kind, meetingId]);
  const list = useApiList('exports.list', input);
  const { refetch } = list;

  const what = (r: ExportRecordOut): string => {
    const params = r.params ?? {};
    if (r.kind === 'backup' && params.operation === 'restore') return t('exports.log.kind.restore');
    const backup = params.backup as { mode?: unknown } | undefined;
    if (r.kind === 'backup' && backup?.mode === 'changes') return t('exports.log.kind.backupChanges');
    if (r.kind === 'backup' && backup?.mode === 'full') return t('exports.log.kind.backupFull');
    if (r.kind === 'annual_report' && r.year) return t('exports.log.annualReportOf', { year: r.year });
    if (r.kind === 'csv' && isList(params.list)) return t('exports.log.csvOf', { list: t(`exports.lists.${params.list}`) });
    return t(`exports.log.kind.${r.kind}`);
  };
  const languageOf = (r: ExportRecordOut) => (r.language === 'vi' ? t('exports.log.languageVi') : r.language === 'en' ? t('exports.log.languageEn') : null);

  const backupLog = kind === 'backup';
  if (list.error) return <ErrorState error={list.error} onRetry={refetch} />;
  if (!list.data) return <LoadingState rows={3} height={28} />;
  if (list.data.length === 0) {
    return (
      <Group gap="xs" c="gray.7" data-testid="export-log-empty">
        <IconHistory size={18} aria-hidden />
        <Text size="sm">{t(backupLog ? 'exports.log.emptyBackup' : 'exports.log.empty')}</Text>
      </Group>
    );
  }

  return (
    <Stack gap="sm" data-testid="export-log">
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing="xs" striped highlightOnHover={false} captionSide="top">
          <Table.Caption style={{ textAlign: 'left' }}>{t(backupLog ? 'exports.log.captionBackup' : 'exports.log.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('exports.log.what')}</Table.Th>
              <Table.Th scope="col">{t('exports.log.file')}</Table.Th>
              <Table.Th scope="col" w={140}>
                {t('exports.log.when')}
              </Table.Th>
              <Table.Th scope="col" w={100} style={{ textAlign: 'right' }}>
                {t('exports.log.size')}
              </Table.Th>
              <Table.Th scope="col" w={220}>
                {t('exports.log.status')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((r) => {
              const source = r.params && typeof r.params.source === 'string' ? r.params.source : null;
              const language = languageOf(r);
              return (
                <Table.Tr key={r.id} data-testid="export-log-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {what(r)}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {[r.format.toUpperCase(), language].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    {source ? (
                      <Text size="sm">{t('exports.log.restoreFrom', { file: source })}</Text>
                    ) : (
                      <Text size="sm" c={r.fileName ? undefined : 'gray.7'}>
                        {r.fileName ?? t('exports.log.noFile')}
                      </Text>
                    )}
                    <Text size="xs" c="gray.7">
                      {t('exports.log.folder', { folder: r.folder })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatInstant(r.finishedAt ?? r.startedAt, zone)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    <Text size="sm">{r.status === 'done' && r.bytes !== null ? formatBytes(r.bytes, lang, t) : t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                    {r.status !== 'done' && r.error ? (
                      <Text size="xs" c={r.status === 'failed' ? 'red.9' : 'gray.7'} mt={4}>
                        {r.error}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.loadMoreError ? (
        <Alert color="red" variant="light" role="alert" title={t('exports.log.loadMoreFailed')}>
          {errorMessage(list.loadMoreError, lang, t)}
        </Alert>
      ) : null}
      {list.hasMore ? (
        <Group justify="center">
          <Button variant="default" size="sm" onClick={list.loadMore} loading={list.isLoadingMore}>
            {t('common.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
