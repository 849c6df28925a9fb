import { Alert, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconNotes, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, actionUpdateFields, type ActionItem, type ActionStatus } from '../../../electron/contract';
import { useApi, useApiList } from '../../api';
import { formatDate } from '../../format';
import { DateField, useEntityForm } from '../../forms';
import { ErrorState } from '../ErrorState/ErrorState';
import { ActionStatusBadge } from './ActionStatusBadge';
import { useToday } from '../../clock';

interface UpdateValues extends Record<string, unknown> {
  actionItemId: string;
  date: string | null;
  note: string;
  statusAfter: ActionStatus | null;
}

/**
 * The dated progress notes of an item, newest first, and a form to add one. A note that sets a
 * new status also moves the item to it.
 */
export function ActionUpdates({
  item,
  onItemChanged,
  onDirtyChange,
}: {
  item: ActionItem;
  onItemChanged: (item: ActionItem) => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const list = useApiList('actionUpdates.list', { filter: { actionItemId: item.id }, sort: { field: 'date', dir: 'desc' }, limit: 50 });

  const onSubmit = useCallback(
    async (values: UpdateValues) => {
      await api.call('actionUpdates.create', { actionItemId: item.id, date: values.date as string, note: values.note, statusAfter: values.statusAfter ?? null });
      notifications.show({ color: 'teal', message: t('actionItems.updates.added') });
      if (values.statusAfter && values.statusAfter !== item.status) {
        const changes: { status: ActionStatus; completedOn?: string } = { status: values.statusAfter };
        if (values.statusAfter === 'done' && !item.completedOn) changes.completedOn = values.date as string;
        const updated = await api.call('actionItems.update', { id: item.id, version: item.version, changes });
        onItemChanged(updated);
      }
    },
    [api, item, onItemChanged, t],
  );

  const today = useToday();
  const initial: UpdateValues = { actionItemId: item.id, date: today, note: '', statusAfter: null };
  const { form, submitting, serverError, conflict, submit, reset } = useEntityForm<UpdateValues>({ schema: actionUpdateFields, initialValues: initial, onSubmit });

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const add = async () => {
    const ok = await submit();
    if (ok) reset({ ...initial, date: form.getValues().date });
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
          noValidate
          aria-labelledby="action-update-form-title"
          data-testid="action-update-form"
        >
          <Title order={3} size="h5" id="action-update-form-title" mb="sm">
            {t('actionItems.updates.add')}
          </Title>
          <Stack gap="sm">
            {serverError || conflict ? (
              <Alert color="red" variant="light" role="alert">
                {serverError ?? t('errors.codes.CONFLICT')}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField label={t('actionItems.updates.date')} withAsterisk clearable={false} {...form.getInputProps('date')} value={form.getValues().date} />
              <Select
                label={t('actionItems.updates.statusAfter')}
                placeholder={t('actionItems.updates.keepStatus')}
                data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionItems.status.${s}`) }))}
                clearable
                {...form.getInputProps('statusAfter')}
              />
            </SimpleGrid>
            <Textarea
              label={t('actionItems.updates.note')}
              placeholder={t('actionItems.updates.notePlaceholder')}
              withAsterisk
              autosize
              minRows={2}
              maxRows={6}
              lang="vi"
              {...form.getInputProps('note')}
              data-testid="action-update-note"
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={submitting} leftSection={<IconPlus size={16} aria-hidden />} data-testid="action-update-submit">
                {t('actionItems.updates.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      <Title order={3} size="h5">
        {t('actionItems.updates.title')}
      </Title>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.refetch} />
      ) : !list.data ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : list.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actionItems.updates.none')}
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} active={-1} data-testid="action-updates">
          {list.data.map((u) => (
            <Timeline.Item key={u.id} bullet={<IconNotes size={12} aria-hidden />} title={formatDate(u.date)} data-testid="action-update">
              <Text size="sm" lang="vi" style={{ whiteSpace: 'pre-wrap' }}>
                {u.note}
              </Text>
              {u.statusAfter ? (
                <Group gap="xs" mt={4}>
                  <Text size="xs" c="dimmed">
                    {t('actionItems.updates.statusChanged')}
                  </Text>
                  <ActionStatusBadge status={u.statusAfter} />
                </Group>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {list.hasMore ? (
        <Button variant="default" onClick={list.loadMore} loading={list.isLoadingMore}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
