import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { useClock } from '../../clock';
import { formatInstant } from '../../format';

/**
 * Where History begins on a laptop that joined the exchange from another laptop's snapshot: said
 * under a record's history when its beginning (its creation) is not in it.
 */
export function HistoryStart({ history, id }: { history: readonly ChangeEntry[] | undefined; id: string }) {
  const { t } = useTranslation();
  const { zone } = useClock();
  const start = useApiQuery('history.start', {});
  if (!start.data || !history || history.some((e) => e.entityId === id && e.op === 'create')) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="note" data-testid="history-start" mt="sm">
      {t('exchange.historyFromSnapshot', { laptop: start.data.laptop ?? t('exchange.anotherLaptop'), at: formatInstant(start.data.joinedAt, zone) })}
    </Alert>
  );
}
