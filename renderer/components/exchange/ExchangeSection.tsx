import { Alert, Badge, Button, Group, List, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowsExchange, IconClock, IconCloudOff, IconFolder, IconFolderPlus, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pathProblem } from '../../../common/paths';
import type { ExchangeStatus, Settings } from '../../../electron/contract';
import { ApiCallError, useApi, useApiQuery, useCacheAnswer } from '../../api';
import { useClock } from '../../clock';
import { formatInstant } from '../../format';
import { useUnsavedChangesGuard } from '../../forms';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { useBrowse } from '../BrowseButton/BrowseButton';
import { Live } from '../directory/Live';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { useExchangeStatus } from './useExchangeStatus';

const INTERVALS = [1, 2, 5, 10, 15, 30, 60];

type Messages = { vi: string; en: string };

/** A folder refusal from the server: its words (both languages) and why ('missing' offers to create it). */
function refusalOf(error: unknown): { messages: Messages; reason: string | null } | null {
  if (!(error instanceof ApiCallError) || error.code !== 'VALIDATION') return null;
  const details = error.details as { field?: unknown; reason?: unknown } | undefined;
  if (details?.field !== 'exchangeFolder') return null;
  return { messages: error.messages, reason: typeof details.reason === 'string' ? details.reason : null };
}

/** Settings › Exchange: the shared folder, this laptop's names as others see them, the rounds and the laptops seen. */
export function ExchangeSection({ idleMs }: { idleMs?: number }) {
  const status = useExchangeStatus(idleMs !== undefined ? { idleMs } : {});
  const settings = useApiQuery('settings.get', {});
  if (status.error && !status.data) return <ErrorState error={status.error} onRetry={status.refetch} />;
  if (!status.data || !settings.data) return <LoadingState rows={3} height={32} />;
  return (
    <Stack gap="md" data-testid="exchange-section">
      {/* Made again when the saved folder or interval changes (a save, another window). */}
      <FolderForm key={`${status.data.folder ?? ''}\u0000${status.data.intervalMinutes}`} status={status.data} />
      <Names settings={settings.data} />
      {status.data.folder ? <RoundStatus status={status.data} /> : null}
    </Stack>
  );
}

function FolderForm({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const answer = useCacheAnswer();
  const [folder, setFolder] = useState(status.folder ?? '');
  const [minutes, setMinutes] = useState(String(status.intervalMinutes));
  const [error, setError] = useState<{ messages: Messages } | { problem: 'notAbsolute' | 'invalidChars' | 'tooLong' } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  /** What moving to another folder will do (this laptop has exchanged), told by the server before it is saved. */
  const [confirmMove, setConfirmMove] = useState<{ folder: string; messages: Messages } | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = folder.trim() !== (status.folder ?? '') || Number(minutes) !== status.intervalMinutes;
  const guard = useUnsavedChangesGuard(dirty);
  const browse = useBrowse({ kind: 'folder', current: folder, onChosen: setFolder });

  const save = async (create = false, move = false) => {
    const typed = folder.trim();
    setError(null);
    const problem = typed === '' ? null : pathProblem(typed);
    if (problem && problem !== 'required') {
      setError({ problem });
      return;
    }
    setSaving(true);
    try {
      const next = await api.call('exchange.setFolder', { folder: typed || null, intervalMinutes: Number(minutes), ...(create ? { create: true } : {}), ...(move ? { move: true } : {}) });
      answer('exchange.status', {}, next);
      setMissing(null);
      setConfirmMove(null);
      const key = !next.folder ? ('switchedOff' as const) : next.folder !== status.folder ? ('saved' as const) : ('savedInterval' as const);
      notifications.show({ color: 'teal', message: <Live render={(tr) => tr(`exchange.${key}`, { n: next.intervalMinutes })} /> });
    } catch (err) {
      const refusal = refusalOf(err);
      if (!refusal) {
        setError({ messages: { vi: errorMessage(err, 'vi', t), en: errorMessage(err, 'en', t) } });
      } else if (refusal.reason === 'confirmMove') {
        setConfirmMove({ folder: typed, messages: refusal.messages });
      } else {
        setError({ messages: refusal.messages });
        setMissing(refusal.reason === 'missing' ? typed : null);
      }
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const shownError = error ? ('problem' in error ? t(`settingsPage.export.${error.problem}`) : error.messages[lang] || error.messages.vi) : null;

  return (
    <form onSubmit={onSubmit} noValidate data-testid="exchange-folder-form">
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            style={{ flex: '1 1 420px' }}
            label={t('exchange.folderLabel')}
            description={t('exchange.folderHint')}
            placeholder={t('exchange.folderPlaceholder')}
            leftSection={<IconFolder size={16} aria-hidden />}
            spellCheck={false}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={folder}
            error={shownError}
            onChange={(e) => {
              setFolder(e.currentTarget.value);
              setMissing(null);
              setConfirmMove(null);
              setError(null);
            }}
            inputContainer={browse}
            data-testid="exchange-folder"
          />
          <Select
            w={200}
            label={t('exchange.intervalLabel')}
            description={t('exchange.intervalHint')}
            data={INTERVALS.map((n) => ({ value: String(n), label: t('exchange.minutes', { n }) }))}
            value={minutes}
            onChange={(v) => setMinutes(v ?? String(status.intervalMinutes))}
            allowDeselect={false}
            data-testid="exchange-interval"
          />
        </Group>
        {missing && missing === folder.trim() ? (
          <Group gap="sm" wrap="wrap" data-testid="exchange-create-offer">
            <Button variant="light" color="teal" leftSection={<IconFolderPlus size={16} aria-hidden />} loading={saving} onClick={() => void save(true)}>
              {t('exchange.create')}
            </Button>
            <Text size="sm" c="gray.7" style={{ wordBreak: 'break-all' }}>
              {t('exchange.createHint', { path: missing })}
            </Text>
          </Group>
        ) : null}
        {confirmMove && confirmMove.folder === folder.trim() ? (
          <Alert color="yellow" variant="light" icon={<IconArrowsExchange size={20} aria-hidden />} title={t('exchange.moveTitle')} data-testid="exchange-move-confirm">
            <Stack gap="sm">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {confirmMove.messages[lang] || confirmMove.messages.vi}
              </Text>
              <Group gap="sm" wrap="wrap">
                <Button color="yellow.9" loading={saving} onClick={() => void save(false, true)}>
                  {t('exchange.moveConfirm')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    setConfirmMove(null);
                    setFolder(status.folder ?? '');
                  }}
                >
                  {t('exchange.moveCancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="gray.7" style={{ wordBreak: 'break-all' }}>
            {status.folder ? t('settingsPage.export.current', { path: status.folder }) : t('exchange.off')}
          </Text>
          {/* While the move waits for its answer above, saving is that answer's buttons. */}
          <Button type="submit" loading={saving} disabled={!dirty || confirmMove?.folder === folder.trim()} variant="light">
            {t('exchange.save')}
          </Button>
        </Group>
      </Stack>
      {guard.modal}
    </form>
  );
}

/** This laptop's names as the others see them: kept in one place (This laptop, above), linked from here. */
function Names({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const toLaptop = () => {
    const section = document.getElementById('settings-laptop');
    section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    section?.closest('section')?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  };
  const complete = !!settings.laptopName && !!settings.officerName;
  return (
    <Group gap="xs" wrap="wrap" data-testid="exchange-names">
      <Text size="sm" c={complete ? undefined : 'orange.9'}>
        {complete ? t('exchange.names', { laptop: settings.laptopName, officer: settings.officerName }) : t('exchange.namesMissing')}
      </Text>
      <Button variant="subtle" size="compact-sm" onClick={toLaptop}>
        {t('exchange.editNames')}
      </Button>
    </Group>
  );
}

function RoundStatus({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { zone } = useClock();
  const api = useApi();
  const answer = useCacheAnswer();
  const [failure, setFailure] = useState<unknown>(null);
  const running = status.state === 'running';
  const last = status.lastRound;
  const at = (iso: string | null) => formatInstant(iso, zone);

  const exchangeNow = async () => {
    setFailure(null);
    try {
      answer('exchange.status', {}, await api.call('exchange.now', {}));
    } catch (error) {
      setFailure(error);
    }
  };

  const resultKey = last ? ({ ok: 'resultOk', problems: 'resultProblems', offline: 'resultOffline', failed: 'resultFailed' } as const)[last.outcome] : null;
  const calm = status.warnings.filter((w) => w.kind === 'offline');
  const warnings = status.warnings.filter((w) => w.kind !== 'offline');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} data-testid="exchange-last">
          <Title order={3} size="h6">
            {t('exchange.lastTitle')}
          </Title>
          {running ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('exchange.running')}</Text>
            </Group>
          ) : null}
          {last && resultKey ? (
            <>
              <Text size="sm" fw={600}>
                {t(`exchange.${resultKey}`, { at: at(last.finishedAt) })}
              </Text>
              {last.outcome === 'ok' || last.outcome === 'problems' ? (
                <Text size="sm" c="gray.7">
                  {last.linesApplied ? t('exchange.received', { n: last.linesApplied }) : t('exchange.receivedNone')}{' '}
                  {last.published !== null ? t('exchange.published', { seq: last.published }) : t('exchange.publishedNone')}
                </Text>
              ) : null}
            </>
          ) : !running ? (
            <Text size="sm">{t('exchange.never')}</Text>
          ) : null}
          {status.lastSuccessAt && last?.outcome !== 'ok' && last?.outcome !== 'problems' ? (
            <Text size="sm" c="gray.7">
              {t('exchange.lastSuccess', { at: at(status.lastSuccessAt) })}
            </Text>
          ) : null}
          {status.nextAt && !running ? (
            <Text size="sm" c="gray.7">
              {t('exchange.next', { at: at(status.nextAt) })}
            </Text>
          ) : null}
        </Stack>
        <Button leftSection={<IconArrowsExchange size={16} aria-hidden />} loading={running} onClick={() => void exchangeNow()} data-testid="exchange-now">
          {t('exchange.now')}
        </Button>
      </Group>
      {failure ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(failure, lang, t)}
        </Alert>
      ) : null}
      {calm.map((w) => (
        // A state, not an error: announced politely (role status), in grey.
        <Alert key="offline" role="status" color="gray" variant="light" icon={<IconCloudOff size={20} aria-hidden />} title={t('exchange.offlineTitle')} data-testid="exchange-offline">
          {w.message[lang]}
        </Alert>
      ))}
      {last?.outcome === 'failed' && last.message ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('exchange.failedTitle')}>
          {last.message[lang]}
        </Alert>
      ) : null}
      {warnings.map((w, i) => (
        <Alert
          key={`${w.kind}-${w.replica ?? i}`}
          color="yellow"
          variant="light"
          icon={w.kind === 'clock' ? <IconClock size={20} aria-hidden /> : <IconInfoCircle size={20} aria-hidden />}
          title={t(w.kind === 'clock' ? 'exchange.clockTitle' : 'exchange.newerTitle')}
          data-testid={`exchange-warning-${w.kind}`}
        >
          {w.message[lang]}
        </Alert>
      ))}
      {last && last.problems.length ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('exchange.problemsTitle')} data-testid="exchange-problems">
          <List size="sm" spacing={4}>
            {last.problems.map((p, i) => (
              <List.Item key={`${p.laptop}-${p.file ?? ''}-${i}`}>{p.message[lang]}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Laptops status={status} />
    </Stack>
  );
}

function Laptops({ status }: { status: ExchangeStatus }) {
  const { t } = useTranslation();
  const { zone } = useClock();
  const clock = (ms: number | null) => {
    if (ms === null) return <Text span size="sm" c="dimmed">{t('exchange.unknown')}</Text>;
    const minutes = Math.round(Math.abs(ms) / 60_000);
    const text = minutes < 1 ? t('exchange.clockSame') : t(ms > 0 ? 'exchange.clockAhead' : 'exchange.clockBehind', { minutes });
    return Math.abs(ms) > 10 * 60_000 ? (
      <Badge color="yellow" variant="light" tt="none">
        {text}
      </Badge>
    ) : (
      text
    );
  };
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {t('exchange.laptopsTitle')}
      </Title>
      {status.laptops.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('exchange.laptopsNone')}
        </Text>
      ) : (
        <Table withTableBorder striped verticalSpacing={6} data-testid="exchange-laptops">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.colLaptop')}</Table.Th>
              <Table.Th>{t('exchange.colOfficer')}</Table.Th>
              <Table.Th>{t('exchange.colVersion')}</Table.Th>
              <Table.Th>{t('exchange.colLast')}</Table.Th>
              <Table.Th>{t('exchange.colClock')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.laptops.map((l) => (
              <Table.Tr key={l.replica}>
                <Table.Td>{l.name ?? <Text span size="sm" c="dimmed" ff="monospace">{l.replica.slice(-8)}</Text>}</Table.Td>
                <Table.Td>{l.officer ?? <Text span size="sm" c="dimmed">{t('exchange.noName')}</Text>}</Table.Td>
                <Table.Td>{l.appVersion ?? t('exchange.unknown')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.lastExchangedAt ? formatInstant(l.lastExchangedAt, zone) : t('exchange.unknown')}</Table.Td>
                <Table.Td>{clock(l.clockSkewMs)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
