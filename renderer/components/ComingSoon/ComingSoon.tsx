import { Button, EmptyState } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../router/useHashRoute';
import { PageHeader } from '../PageHeader/PageHeader';

/** A section that is planned but not built yet: says so plainly, with no pretend UI. */
export function ComingSoon({ section }: { section: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={section} />
      <EmptyState
        icon={<IconTools size={28} stroke={1.5} />}
        withIndicatorBackground
        title={t('comingSoon.title', { section })}
        description={t('comingSoon.description')}
        py="xl"
      >
        <EmptyState.Actions>
          <Button component="a" href={hrefOf('/meetings')} variant="light">
            {t('comingSoon.goToMeetings')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
