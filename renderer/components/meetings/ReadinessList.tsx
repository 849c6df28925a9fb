import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Readiness } from '../../../electron/contract';

export const READINESS_ITEMS = [
  ['delegation', 'hasDelegation'],
  ['head', 'hasHead'],
  ['decision', 'hasDecision'],
  ['passports', 'passportsOk'],
  ['briefing', 'briefingProduced'],
] as const satisfies ReadonlyArray<readonly [string, keyof Readiness]>;

/** How many of the five preparation steps are done. */
export function readinessDone(r: Readiness): number {
  return READINESS_ITEMS.filter(([, key]) => r[key]).length;
}

/**
 * The preparation of a trip as a checklist: each step says in words whether it is done, with
 * a check or a cross beside it (never colour alone).
 */
export function ReadinessList({ readiness, compact = false }: { readiness: Readiness; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <List spacing={compact ? 2 : 'xs'} size="sm" listStyleType="none" data-testid="readiness" aria-label={t('today.upcoming.readiness')}>
      {READINESS_ITEMS.map(([item, key]) => {
        const ok = readiness[key];
        return (
          <List.Item key={item} data-state={ok ? 'done' : 'missing'} data-item={item}>
            <Group gap={8} wrap="nowrap" align="flex-start">
              <ThemeIcon size={18} radius="xl" variant={ok ? 'filled' : 'light'} color={ok ? 'teal' : 'red'} aria-hidden>
                {ok ? <IconCheck size={12} stroke={3} /> : <IconX size={12} stroke={3} />}
              </ThemeIcon>
              <Text size="sm" fw={ok ? 400 : 600}>
                {t(`today.readiness.${item}.${ok ? 'yes' : 'no'}`)}
              </Text>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
