import { Box, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListMethod, ListState } from '../../api';
import { ErrorState } from '../ErrorState/ErrorState';

/**
 * Under a list read with "Load more" (useApiList): how many rows are shown, the button while
 * the server has more, and what went wrong with the last page asked.
 */
export function ListFooter<M extends ListMethod>({ list, shown }: { list: ListState<M>; shown: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" mt="md">
        <Text size="sm" c="gray.7" aria-live="polite">
          {t('common.shown', { n: shown })}
        </Text>
        {list.hasMore ? (
          <Button variant="default" onClick={list.loadMore} loading={list.isLoadingMore}>
            {t('common.loadMore')}
          </Button>
        ) : null}
      </Group>
      {list.loadMoreError ? (
        <Box mt="sm">
          <ErrorState error={list.loadMoreError} onRetry={list.loadMore} />
        </Box>
      ) : null}
    </>
  );
}
