import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../router/useHashRoute';
import { PageHeader } from '../PageHeader/PageHeader';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState icon={<IconMapOff size={28} stroke={1.5} />} withIndicatorBackground description={t('notFound.description')} py="xl">
        <EmptyState.Actions>
          <Button component="a" href={hrefOf('/today')} variant="light">
            {t('notFound.goHome')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
