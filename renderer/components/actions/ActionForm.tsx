import { Alert, Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, actionItemFields, PRIORITIES, type ActionItem, type ActionStatus, type Agency, type Priority } from '../../../electron/contract';
import { useApi } from '../../api';
import { formatDate } from '../../format';
import { agencySearchText, ConflictNotice, DateField, EntitySelect, useDeleteWithUndo, useEntityForm } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { CompletionDateModal } from './CompletionDateModal';
import { agencyLabel, bodyLabel, foldingFilter } from './shared';

export interface ActionFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  sourceMeetingId: string | null;
  sourceRef: string;
  bodyId: string | null;
  leadAgencyId: string | null;
  supportingAgencyIds: string[];
  ownerPersonId: string | null;
  dueDate: string | null;
  status: ActionStatus;
  priority: Priority;
  completedOn: string | null;
  completionNote: string;
}

export function valuesOf(item: ActionItem | null): ActionFormValues {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    sourceMeetingId: item?.sourceMeetingId ?? null,
    sourceRef: item?.sourceRef ?? '',
    bodyId: item?.bodyId ?? null,
    leadAgencyId: item?.leadAgencyId ?? null,
    supportingAgencyIds: item?.supportingAgencyIds ?? [],
    ownerPersonId: item?.ownerPersonId ?? null,
    dueDate: item?.dueDate ?? null,
    status: item?.status ?? 'open',
    priority: item?.priority ?? 'normal',
    completedOn: item?.completedOn ?? null,
    completionNote: item?.completionNote ?? '',
  };
}

export interface ActionFormProps {
  /** null: a new action item. */
  item: ActionItem | null;
  agencies: Agency[];
  onSaved: (item: ActionItem, created: boolean) => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Every field of an action item, validated by the contract's own schema. */
export function ActionForm({ item, agencies, onSaved, onDeleted, onDirtyChange }: ActionFormProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const [base, setBase] = useState<ActionItem | null>(item);
  const [reloading, setReloading] = useState(false);
  const del = useDeleteWithUndo();
  const [closing, setClosing] = useState(false);

  const onSubmit = useCallback(
    async (values: ActionFormValues, { changed }: { changed: Partial<ActionFormValues> }) => {
      if (!base) {
        const created = await api.call('actionItems.create', values);
        notifications.show({ color: 'teal', message: t('actionItems.drawer.created') });
        onSaved(created, true);
        return;
      }
      if (Object.keys(changed).length === 0) return;
      const updated = await api.call('actionItems.update', { id: base.id, version: base.version, changes: changed });
      setBase(updated);
      notifications.show({ color: 'teal', message: t('actionItems.drawer.saved') });
      onSaved(updated, false);
    },
    [api, base, onSaved, t],
  );

  const { form, submitting, serverError, conflict, clearConflict, submit, reset } = useEntityForm<ActionFormValues>({
    schema: actionItemFields,
    initialValues: valuesOf(item),
    onSubmit,
  });

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = async () => {
    const ok = await submit();
    if (ok) reset(form.getValues());
  };

  // Keep what was typed; fields left alone take the other save's values. The latest version
  // becomes the new base, so the next save sends only what differs from it.
  const reload = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const latest = await api.call('actionItems.get', { id: base.id });
      const typed = form.getValues();
      const before = valuesOf(base);
      const fresh = valuesOf(latest);
      const merged = { ...fresh };
      for (const key of Object.keys(typed) as Array<keyof ActionFormValues>) {
        if (JSON.stringify(typed[key]) !== JSON.stringify(before[key])) (merged as Record<string, unknown>)[key] = typed[key];
      }
      setBase(latest);
      form.setInitialValues(fresh);
      form.resetDirty(fresh);
      form.setValues(merged);
      clearConflict();
      notifications.show({ color: 'teal', message: t('forms.conflict.reloaded') });
    } finally {
      setReloading(false);
    }
  };

  type IdField = 'ownerPersonId' | 'leadAgencyId' | 'sourceMeetingId' | 'bodyId';
  const idProps = (field: IdField) => ({
    ...form.getInputProps(field),
    value: form.getValues()[field],
    onChange: (id: string | null) => form.setFieldValue(field, id),
  });
  const agencyOptions = agencies.map((a) => ({ value: a.id, label: agencyLabel(a, lang), search: agencySearchText(a) }));
  const statusOptions = ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionItems.status.${s}`) }));
  const priorityOptions = PRIORITIES.map((p) => ({ value: p, label: t(`actionItems.priority.${p}`) }));
  const status = form.getValues().status;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
      data-testid="action-form"
    >
      <Stack gap="sm">
        {conflict ? <ConflictNotice onReload={() => void reload()} reloading={reloading} /> : null}
        {serverError ? (
          <Alert color="red" variant="light" role="alert">
            {serverError}
          </Alert>
        ) : null}
        <Textarea label={t('actionItems.fields.title')} withAsterisk autosize minRows={2} maxRows={5} lang="vi" {...form.getInputProps('title')} data-autofocus={!base || undefined} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('actionItems.fields.status')}
            data={statusOptions}
            allowDeselect={false}
            {...form.getInputProps('status')}
            onChange={(v) => {
              if (!v) return;
              // Closing asks on what day it was done (today proposed), never takes today silently.
              if (v === 'done' && form.getValues().status !== 'done') setClosing(true);
              else form.setFieldValue('status', v as ActionStatus);
            }}
          />
          <Select label={t('actionItems.fields.priority')} data={priorityOptions} allowDeselect={false} {...form.getInputProps('priority')} />
          <DateField label={t('actionItems.fields.dueDate')} {...form.getInputProps('dueDate')} value={form.getValues().dueDate} />
          <EntitySelect
            method="people"
            label={t('actionItems.fields.owner')}
            getLabel={(p) => p.fullName}
            {...idProps('ownerPersonId')}
          />
        </SimpleGrid>
        <EntitySelect
          method="agencies"
          label={t('actionItems.fields.leadAgency')}
          getLabel={(a) => agencyLabel(a, lang)}
          {...idProps('leadAgencyId')}
        />
        <MultiSelect
          label={t('actionItems.fields.supportingAgencies')}
          data={agencyOptions}
          searchable
          filter={foldingFilter}
          clearable
          {...form.getInputProps('supportingAgencyIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <EntitySelect
            method="meetings"
            label={t('actionItems.fields.sourceMeeting')}
            getLabel={(m) => `${lang === 'en' ? m.titleEn : m.titleVi} (${formatDate(m.startDate)})`}
            {...idProps('sourceMeetingId')}
          />
          <EntitySelect
            method="bodies"
            label={t('actionItems.fields.body')}
            getLabel={(b) => bodyLabel(b, lang)}
            {...idProps('bodyId')}
          />
        </SimpleGrid>
        <TextInput label={t('actionItems.fields.sourceRef')} description={t('actionItems.fields.sourceRefHint')} lang="vi" {...form.getInputProps('sourceRef')} />
        <Textarea label={t('actionItems.fields.description')} autosize minRows={2} maxRows={8} lang="vi" {...form.getInputProps('description')} />
        {status === 'done' || form.getValues().completedOn || form.getValues().completionNote ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField label={t('actionItems.fields.completedOn')} {...form.getInputProps('completedOn')} value={form.getValues().completedOn} />
            <Textarea label={t('actionItems.fields.completionNote')} autosize minRows={1} maxRows={4} lang="vi" {...form.getInputProps('completionNote')} />
          </SimpleGrid>
        ) : null}
        <Group justify="space-between" mt="xs">
          {base ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => del.confirmDelete({ method: 'actionItems', id: base.id, version: base.version, label: base.title, onDone: onDeleted })}
            >
              {t('actionItems.drawer.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={16} aria-hidden />} data-testid="action-save">
            {t('forms.save')}
          </Button>
        </Group>
      </Stack>
      {del.modal}
      <CompletionDateModal
        opened={closing}
        count={1}
        initial={form.getValues().completedOn}
        onCancel={() => setClosing(false)}
        onConfirm={(completedOn) => {
          setClosing(false);
          form.setFieldValue('status', 'done');
          form.setFieldValue('completedOn', completedOn);
        }}
      />
    </form>
  );
}
