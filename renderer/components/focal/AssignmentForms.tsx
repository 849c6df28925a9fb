import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarOff, IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FOCAL_ROLES, focalAssignmentFields, recordRules, type FocalAssignment, type FocalRole, type LegalBasis } from '../../../electron/contract';
import { useApi } from '../../api';
import { formatDate } from '../../format';
import { ConflictNotice, DateField, EntitySelect, useEntityForm, useUnsavedChangesGuard } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { agencyLabel, bodyLabel, foldingFilter, useAll } from '../actions/shared';

/** A legal basis is found by its number, its titles in both languages and who issued it. */
export function legalBasisSearchText(lb: Pick<LegalBasis, 'number' | 'titleVi' | 'titleEn' | 'issuer'>): string {
  return [lb.number, lb.titleVi, lb.titleEn, lb.issuer ?? ''].join(' ');
}

export function legalBasisLabel(lb: Pick<LegalBasis, 'number' | 'issuedOn'>, t: (key: 'focal.basis', o: { number: string; date: string }) => string): string {
  return t('focal.basis', { number: lb.number, date: formatDate(lb.issuedOn) });
}

interface AssignValues extends Record<string, unknown> {
  bodyId: string | null;
  role: FocalRole;
  agencyId: string | null;
  personId: string | null;
  legalBasisId: string | null;
  validFrom: string | null;
  validTo: string | null;
  notes: string;
}

const assignSchema = focalAssignmentFields.superRefine(recordRules.focalAssignments);

/** A new assignment: body, role, agency, optional person, legal basis and period. */
export function AssignModal({
  opened,
  initial,
  onClose,
  onCreated,
}: {
  opened: boolean;
  initial: { bodyId: string | null; validFrom: string };
  onClose: () => void;
  onCreated: (a: FocalAssignment) => void;
}) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const discard = () => {
    setDirty(false);
    onClose();
  };
  const guard = useUnsavedChangesGuard(opened && dirty, discard);
  const cancel = () =>
    guard.confirmLeave(() => {
      setDirty(false);
      onClose();
    });
  return (
    <>
      <Modal opened={opened} onClose={cancel} size="lg" title={t('focal.form.assignTitle')} data-testid="assign-modal">
        {opened ? (
          <AssignForm
            initial={initial}
            onCancel={cancel}
            onDirtyChange={setDirty}
            onCreated={(a) => {
              setDirty(false);
              onCreated(a);
            }}
          />
        ) : null}
      </Modal>
      {guard.modal}
    </>
  );
}

function AssignForm({
  initial,
  onCancel,
  onDirtyChange,
  onCreated,
}: {
  initial: { bodyId: string | null; validFrom: string };
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onCreated: (a: FocalAssignment) => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const onSubmit = useCallback(
    async (values: AssignValues) => {
      const created = await api.call('focalAssignments.create', values as unknown as z.infer<typeof focalAssignmentFields>);
      notifications.show({ color: 'teal', message: t('focal.form.created') });
      onCreated(created);
    },
    [api, onCreated, t],
  );
  const { form, submitting, serverError, submit } = useEntityForm<AssignValues>({
    schema: assignSchema,
    initialValues: {
      bodyId: initial.bodyId,
      role: 'focal_point',
      agencyId: null,
      personId: null,
      legalBasisId: null,
      validFrom: initial.validFrom,
      validTo: null,
      notes: '',
    },
    onSubmit,
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const values = form.getValues();
  // Bodies, agencies and people are searched on the server when a list opens or the user types;
  // legal bases are a short list, read when the form opens.
  const legalBases = useAll('legalBases.list');
  const idProps = (field: 'bodyId' | 'agencyId' | 'personId') => ({
    ...form.getInputProps(field),
    value: values[field],
    onChange: (id: string | null) => form.setFieldValue(field, id),
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="sm">
        {serverError ? (
          <Alert color="red" variant="light" role="alert">
            {serverError}
          </Alert>
        ) : null}
        <EntitySelect method="bodies" label={t('focal.form.body')} withAsterisk getLabel={(b) => bodyLabel(b, lang)} {...idProps('bodyId')} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('focal.form.role')}
            withAsterisk
            allowDeselect={false}
            data={FOCAL_ROLES.map((r) => ({ value: r, label: t(`focal.roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <EntitySelect method="agencies" label={t('focal.form.agency')} withAsterisk getLabel={(a) => agencyLabel(a, lang)} {...idProps('agencyId')} />
        </SimpleGrid>
        <EntitySelect
          method="people"
          label={t('focal.form.person')}
          getLabel={(p) => p.fullName}
          // The people of the chosen agency (any person while no agency is chosen).
          {...(values.agencyId ? { filter: { agencyId: values.agencyId } } : {})}
          {...idProps('personId')}
        />
        <Select
          label={t('focal.form.legalBasis')}
          description={t('focal.form.legalBasisHint')}
          searchable
          clearable
          filter={foldingFilter}
          data={legalBases.items.map((lb) => ({ value: lb.id, label: legalBasisLabel(lb, t), search: legalBasisSearchText(lb) }))}
          {...form.getInputProps('legalBasisId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField label={t('focal.form.validFrom')} withAsterisk clearable={false} {...form.getInputProps('validFrom')} value={values.validFrom} />
          <DateField label={t('focal.form.validTo')} {...form.getInputProps('validTo')} value={values.validTo} />
        </SimpleGrid>
        <Textarea label={t('focal.form.notes')} autosize minRows={2} maxRows={5} lang="vi" {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('forms.cancel')}
          </Button>
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={16} aria-hidden />} data-testid="assign-save">
            {t('forms.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface EndValues extends Record<string, unknown> {
  validFrom: string;
  validTo: string | null;
}

const endSchema = focalAssignmentFields
  .pick({ validFrom: true })
  .extend({ validTo: focalAssignmentFields.shape.validFrom })
  .superRefine((v, ctx) => recordRules.focalAssignments(v as unknown as z.infer<typeof focalAssignmentFields>, ctx));

/** Ends an assignment: it stays in the history, in force up to and including the chosen day. */
export function EndModal({
  assignment,
  title,
  defaultDate,
  onClose,
  onEnded,
}: {
  assignment: FocalAssignment | null;
  title: string;
  defaultDate: string;
  onClose: () => void;
  onEnded: (a: FocalAssignment) => void;
}) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const discard = () => {
    setDirty(false);
    onClose();
  };
  const guard = useUnsavedChangesGuard(assignment !== null && dirty, discard);
  const cancel = () =>
    guard.confirmLeave(() => {
      setDirty(false);
      onClose();
    });
  return (
    <>
      <Modal opened={assignment !== null} onClose={cancel} title={t('focal.form.endTitle')} data-testid="end-modal">
        {assignment ? (
          <EndForm
            key={assignment.id}
            assignment={assignment}
            title={title}
            defaultDate={defaultDate}
            onCancel={cancel}
            onDirtyChange={setDirty}
            onEnded={(a) => {
              setDirty(false);
              onEnded(a);
            }}
          />
        ) : null}
      </Modal>
      {guard.modal}
    </>
  );
}

function EndForm({
  assignment,
  title,
  defaultDate,
  onCancel,
  onDirtyChange,
  onEnded,
}: {
  assignment: FocalAssignment;
  title: string;
  defaultDate: string;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onEnded: (a: FocalAssignment) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [base, setBase] = useState(assignment);
  const [reloading, setReloading] = useState(false);
  const onSubmit = useCallback(
    async (values: EndValues) => {
      const updated = await api.call('focalAssignments.update', { id: base.id, version: base.version, changes: { validTo: values.validTo } });
      notifications.show({ color: 'teal', message: t('focal.form.ended') });
      onEnded(updated);
    },
    [api, base, onEnded, t],
  );
  const initialEnd = assignment.validTo ?? (defaultDate >= assignment.validFrom ? defaultDate : assignment.validFrom);
  const { form, submitting, serverError, conflict, clearConflict, submit } = useEntityForm<EndValues>({
    schema: endSchema,
    initialValues: { validFrom: assignment.validFrom, validTo: initialEnd },
    onSubmit,
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const reload = async () => {
    setReloading(true);
    try {
      const latest = await api.call('focalAssignments.get', { id: base.id });
      setBase(latest);
      form.setFieldValue('validFrom', latest.validFrom);
      clearConflict();
      notifications.show({ color: 'teal', message: t('forms.conflict.reloaded') });
    } finally {
      setReloading(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {t('focal.period.from', { from: formatDate(base.validFrom) })}
        </Text>
        {conflict ? <ConflictNotice onReload={() => void reload()} reloading={reloading} /> : null}
        {serverError ? (
          <Alert color="red" variant="light" role="alert">
            {serverError}
          </Alert>
        ) : null}
        <DateField
          label={t('focal.form.endDate')}
          description={t('focal.form.endHint')}
          withAsterisk
          clearable={false}
          {...form.getInputProps('validTo')}
          value={form.getValues().validTo}
          data-autofocus
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('forms.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={submitting} leftSection={<IconCalendarOff size={16} aria-hidden />} data-testid="end-save">
            {t('focal.form.endSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
