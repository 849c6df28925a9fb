import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityStatusOut } from '../../../electron/contract';
import { useApiMutation, useApiQuery } from '../../api';
import { formatInstant } from '../../format';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { useClock } from '../../clock';

/** How often a running check is asked about. */
const POLL_MS = 1000;

/**
 * The integrity check of the data file (SQLite's quick_check): it runs by itself after the app
 * opens, on a worker thread; here its last result, and a button to run it again.
 */
export function IntegritySection({ pollMs = POLL_MS }: { pollMs?: number }) {
  const { t } = useTranslation();
  const { zone } = useClock();
  const [lang] = useLanguage();
  const status = useApiQuery('integrity.status', {});
  const check = useApiMutation('integrity.check');
  const [started, setStarted] = useState<IntegrityStatusOut | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const current = started && (!status.data || status.data.startedAt !== started.startedAt || status.data.state === 'never') ? started : status.data;
  const running = current?.state === 'running';
  const { refetch } = status;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(refetch, pollMs);
    return () => clearInterval(timer);
  }, [running, refetch, pollMs]);

  const runAgain = async () => {
    setFailure(null);
    try {
      setStarted(await check.run({}));
      refetch();
    } catch (error) {
      setFailure(error);
    }
  };

  if (status.error && !current) return <ErrorState error={status.error} onRetry={refetch} />;
  if (!current) return <LoadingState rows={1} height={32} />;

  let result;
  if (current.state === 'never') {
    result = (
      <Text size="sm" data-testid="integrity-never">
        {t('settingsPage.integrity.never')}
      </Text>
    );
  } else if (current.state === 'running') {
    result = (
      <Group gap="xs" data-testid="integrity-running">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('settingsPage.integrity.running', { at: formatInstant(current.startedAt, zone) })}</Text>
      </Group>
    );
  } else if (current.state === 'failed') {
    result = (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('settingsPage.integrity.failedTitle')} data-testid="integrity-failed">
        {current.error?.[lang] ?? ''}
      </Alert>
    );
  } else if (current.ok) {
    result = (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />} title={t('settingsPage.integrity.okTitle')} data-testid="integrity-ok">
        {t('settingsPage.integrity.okText', { at: formatInstant(current.finishedAt, zone), seconds: ((current.ms ?? 0) / 1000).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }) })}
      </Alert>
    );
  } else {
    result = (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('settingsPage.integrity.damagedTitle')} role="alert" data-testid="integrity-damaged">
        <Stack gap="xs">
          <Text size="sm">{t('settingsPage.integrity.damagedText', { at: formatInstant(current.finishedAt, zone) })}</Text>
          <List size="sm" spacing={2}>
            {current.problems.map((p) => (
              <List.Item key={p}>
                <Text size="sm" ff="monospace" span>
                  {p}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="sm" data-testid="integrity">
      <div aria-live="polite">{result}</div>
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} role="alert" data-testid="integrity-start-error">
          {errorMessage(failure, lang, t)}
        </Alert>
      ) : null}
      <div>
        <Button variant="default" leftSection={<IconShieldCheck size={18} aria-hidden />} onClick={() => void runAgain()} disabled={running} loading={check.isPending}>
          {t('settingsPage.integrity.runAgain')}
        </Button>
      </div>
    </Stack>
  );
}
