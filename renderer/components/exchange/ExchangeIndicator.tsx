import { Anchor, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowsExchange, IconCloudOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClock, useToday } from '../../clock';
import { formatDate, formatInstant } from '../../format';
import { hrefOf } from '../../router/useHashRoute';
import { useExchangeStatus } from './useExchangeStatus';

/**
 * The exchange's state in the header, calm: when it last exchanged, "Offline" in grey when the
 * folder cannot be reached, nothing at all while the exchange is off. A link to Settings.
 */
export function ExchangeIndicator() {
  const { t } = useTranslation();
  const { zone } = useClock();
  const today = useToday();
  const status = useExchangeStatus();
  const s = status.data;
  if (!s || s.state === 'off') return null;
  const when = (iso: string) => {
    const full = formatInstant(iso, zone);
    // Today's time alone; another day's with its date.
    return full.startsWith(formatDate(today)) ? full.slice(11) : full;
  };
  let icon = <IconArrowsExchange size={16} aria-hidden />;
  let text: string;
  let color = 'gray.7';
  let tone: 'calm' | 'warning' = 'calm';
  if (s.state === 'running') {
    icon = <Loader size={12} />;
    text = t('exchange.badgeRunning');
  } else if (s.state === 'offline') {
    icon = <IconCloudOff size={16} aria-hidden />;
    text = t('exchange.badgeOffline');
  } else if (s.state === 'failed') {
    icon = <IconAlertTriangle size={16} aria-hidden />;
    text = t('exchange.badgeFailed');
    color = 'orange.8';
    tone = 'warning';
  } else {
    text = s.lastSuccessAt ? t('exchange.badgeDone', { time: when(s.lastSuccessAt) }) : t('exchange.badgeNever');
  }
  // A warning about another laptop (its clock, its version) tints the state once the folder was
  // reached; "Offline" stays grey and calm (Settings shows the warnings either way).
  if (s.state !== 'offline' && s.state !== 'failed' && s.warnings.some((w) => w.kind !== 'offline')) {
    icon = <IconAlertTriangle size={16} aria-hidden />;
    color = 'yellow.9';
    tone = 'warning';
  }
  return (
    <Tooltip label={t('exchange.badgeTitle')} withArrow>
      <Anchor href={hrefOf('/settings')} underline="never" c={color} data-testid="exchange-indicator" data-tone={tone} aria-live="polite">
        <Group gap={6} wrap="nowrap">
          {icon}
          <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
            {text}
          </Text>
        </Group>
      </Anchor>
    </Tooltip>
  );
}
