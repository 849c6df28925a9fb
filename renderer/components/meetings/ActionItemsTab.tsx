import { Anchor, Button, Grid, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItemFields, type MeetingOverview } from '../../../electron/contract';
import { useApi, useApiList, useApiQuery } from '../../api';
import { formatDate } from '../../format';
import { DateField, EntitySelect, useEntityForm } from '../../forms';
import { hrefOf } from '../../router/useHashRoute';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { Panel } from './OverviewTab';
import { ActionStatusBadge } from '../actions/ActionStatusBadge';

const captureSchema = actionItemFields.pick({ title: true, ownerPersonId: true, dueDate: true });
type CaptureValues = { title: string; ownerPersonId: string | null; dueDate: string | null };
const EMPTY: CaptureValues = { title: '', ownerPersonId: null, dueDate: null };

/**
 * Action items raised at this meeting, with a quick capture row for the conference room:
 * type, Tab, Enter saves and puts the cursor back on the title for the next item.
 */
export function ActionItemsTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const api = useApi();
  const meeting = overview.meeting;
  const listInput = useMemo(() => ({ filter: { sourceMeetingId: meeting.id }, sort: { field: 'createdAt' as const, dir: 'asc' as const }, limit: 200 }), [meeting.id]);
  const list = useApiList('actionItems.list', listInput);
  // Owners by id, to name them in the list (the directory is small: hundreds at most).
  const people = useApiQuery('people.list', { limit: 500 });
  const names = useMemo(() => new Map((people.data?.items ?? []).map((p) => [p.id, p.fullName])), [people.data]);
  const titleRef = useRef<HTMLInputElement>(null);

  const { form, submit, submitting, serverError, reset } = useEntityForm<CaptureValues>({
    schema: captureSchema,
    initialValues: EMPTY,
    onSubmit: async (values) => {
      await api.call('actionItems.create', {
        title: values.title,
        ownerPersonId: values.ownerPersonId,
        dueDate: values.dueDate,
        sourceMeetingId: meeting.id,
        bodyId: meeting.bodyId,
      });
      reset(EMPTY);
      titleRef.current?.focus();
    },
  });
  const values = form.getValues();

  return (
    <Stack gap="lg">
      <Panel title={t('meetingPage.actions.capture')} testId="quick-capture">
        <Text size="sm" c="dimmed" mb="sm" id="quick-capture-hint">
          {t('meetingPage.actions.captureHint')}
        </Text>
        <form
          noValidate
          aria-label={t('meetingPage.actions.capture')}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {serverError ? (
            <Text c="red.9" size="sm" role="alert" mb="xs">
              {serverError}
            </Text>
          ) : null}
          <Grid gap="sm" align="flex-start">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TextInput
                ref={titleRef}
                label={t('meetingPage.actions.itemTitle')}
                placeholder={t('meetingPage.actions.itemTitlePlaceholder')}
                aria-describedby="quick-capture-hint"
                withAsterisk
                data-testid="capture-title"
                {...form.getInputProps('title')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5, md: 3 }}>
              <EntitySelect
                method="people"
                label={t('meetingPage.actions.owner')}
                getLabel={(p) => p.fullName}
                data-testid="capture-owner"
                {...form.getInputProps('ownerPersonId')}
                value={values.ownerPersonId}
                onChange={(id) => form.setFieldValue('ownerPersonId', id)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 8, sm: 4, md: 2 }}>
              <DateField label={t('meetingPage.actions.due')} data-testid="capture-due" withRule={false} {...form.getInputProps('dueDate')} />
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 3, md: 1 }} pt={{ base: 'sm', sm: 32 }}>
              <Button type="submit" loading={submitting} fullWidth aria-label={t('meetingPage.actions.add')} px="xs">
                <IconPlus size={18} aria-hidden />
              </Button>
            </Grid.Col>
          </Grid>
        </form>
      </Panel>

      <Panel
        title={t('meetingPage.actions.title')}
        testId="meeting-action-items"
        action={
          <Anchor href={hrefOf('/actions')} size="sm">
            {t('meetingPage.actions.openAll')} <IconArrowRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
          </Anchor>
        }
      >
        {list.error ? (
          <ErrorState error={list.error} onRetry={list.refetch} />
        ) : !list.data ? (
          <LoadingState rows={3} />
        ) : list.data.length === 0 ? (
          <Text size="sm">{t('meetingPage.actions.empty')}</Text>
        ) : (
          <Paper>
            <Table verticalSpacing="xs" aria-label={t('meetingPage.actions.caption')} aria-busy={list.isFetching || undefined}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meetingPage.actions.itemTitle')}</Table.Th>
                  <Table.Th w={220}>{t('meetingPage.actions.owner')}</Table.Th>
                  <Table.Th w={120}>{t('meetingPage.actions.due')}</Table.Th>
                  <Table.Th w={180}>{t('meetingPage.actions.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((a) => (
                  <Table.Tr key={a.id} data-testid="meeting-action-item">
                    <Table.Td>
                      <Text size="sm">{a.title}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{a.ownerPersonId ? (names.get(a.ownerPersonId) ?? t('common.none')) : t('common.none')}</Text>
                    </Table.Td>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                      <Text size="sm">{formatDate(a.dueDate) || t('common.none')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ActionStatusBadge status={a.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Panel>
    </Stack>
  );
}
