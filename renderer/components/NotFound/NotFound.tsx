import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyList } from '../lists/EmptyList';
import { hrefOf } from '../../router/useHashRoute';
import { PageHeader } from '../PageHeader/PageHeader';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyList icon={IconMapOff} description={t('notFound.description')}>
        <Button component="a" href={hrefOf('/today')} variant="light">
          {t('notFound.goHome')}
        </Button>
      </EmptyList>
    </>
  );
}
