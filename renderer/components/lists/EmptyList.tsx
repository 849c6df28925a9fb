import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list with nothing to show: what it would hold, and what to do (the buttons given as children). */
export function EmptyList({ icon: ListIcon, title, description, children }: { icon: Icon; title?: string; description: string; children?: ReactNode }) {
  return (
    <EmptyState icon={<ListIcon size={28} stroke={1.5} />} withIndicatorBackground title={title} description={description} py="xl">
      {children ? <EmptyState.Actions>{children}</EmptyState.Actions> : null}
    </EmptyState>
  );
}

/** No row matches the filters: say so, and offer to clear them. */
export function NoMatch({ title, description, onClear }: { title: string; description: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyList icon={IconFilterOff} title={title} description={description}>
      <Button variant="default" onClick={onClear}>
        {t('common.clearFilters')}
      </Button>
    </EmptyList>
  );
}
