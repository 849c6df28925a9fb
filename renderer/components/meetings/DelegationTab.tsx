import { Alert, Button, Grid, Group, List, Select, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATIONS,
  DELEGATION_STATUSES,
  delegationFields,
  delegationMemberFields,
  FUNDING_SOURCES,
  recordRules,
  type Classification,
  type Delegation,
  type DelegationStatus,
  type FundingSource,
  type MeetingOverview,
} from '../../../electron/contract';
import { useApi } from '../../api';
import { formatDate, formatDateRange } from '../../format';
import { SaveProblems, useConflictReload, DateField, EntitySelect, useDeleteWithUndo, useEntityForm, useUnsavedChangesGuard } from '../../forms';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyList } from '../lists/EmptyList';
import { RowActions } from '../lists/RowActions';
import { EditMemberModal } from './EditMemberModal';
import { memberTripInputs, type MemberTripValues } from './MemberTripInputs';
import { Panel } from './OverviewTab';

/** The Delegation tab: set it up, its sending decision and funding, its members, its warnings. */
export function DelegationTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const [creating, setCreating] = useState(false);
  const delegation = overview.delegation;

  if (!delegation) {
    const create = async () => {
      setCreating(true);
      try {
        await api.call('delegations.create', { meetingId: overview.meeting.id });
        notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.delegation.created') });
      } catch (error) {
        notifications.show({ color: 'red', message: errorMessage(error, lang, t) });
      } finally {
        setCreating(false);
      }
    };
    return (
      <EmptyList icon={IconUsersGroup} title={t('meetingPage.delegation.none')} description={t('meetingPage.delegation.noneHint')}>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => void create()} loading={creating}>
          {t('meetingPage.delegation.create')}
        </Button>
      </EmptyList>
    );
  }

  return (
    <Stack gap="lg">
      <Warnings overview={overview} />
      <Members overview={overview} delegation={delegation} />
      {/* One form per delegation; its own saves reset it to the stored record. */}
      <DelegationParticulars key={delegation.id} delegation={delegation} />
    </Stack>
  );
}

function Warnings({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const warnings = overview.readiness.warnings;
  if (warnings.length === 0)
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />} data-testid="readiness-warnings">
        {t('meetingPage.warnings.none')}
      </Alert>
    );
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('meetingPage.warnings.title')} data-testid="readiness-warnings">
      <List size="sm" spacing={4}>
        {warnings.map((w, i) => (
          <List.Item key={`${w.kind}-${w.personId ?? i}`} data-kind={w.kind}>
            {t(`meetingPage.warnings.${w.kind}`, { name: w.fullName ?? '', expiry: formatDate(w.passportExpiry), until: formatDate(w.requiredUntil) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

const particularsSchema = delegationFields.omit({ meetingId: true });
type ParticularsValues = {
  decisionNumber: string;
  decisionDate: string | null;
  decisionSigner: string;
  funding: FundingSource;
  fundingNote: string;
  objectives: string;
  positions: string;
  objectivesEn: string;
  positionsEn: string;
  classification: Classification;
  status: DelegationStatus;
  notes: string;
};

function particularsOf(d: Delegation): ParticularsValues {
  return {
    decisionNumber: d.decisionNumber ?? '',
    decisionDate: d.decisionDate ?? null,
    decisionSigner: d.decisionSigner ?? '',
    funding: d.funding,
    fundingNote: d.fundingNote ?? '',
    objectives: d.objectives ?? '',
    positions: d.positions ?? '',
    objectivesEn: d.objectivesEn ?? '',
    positionsEn: d.positionsEn ?? '',
    classification: d.classification,
    status: d.status,
    notes: d.notes ?? '',
  };
}

function DelegationParticulars({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(delegation.version);
  const { form, submit, submitting, serverError, conflict, clearConflict, reset } = useEntityForm<ParticularsValues>({
    schema: particularsSchema,
    initialValues: particularsOf(delegation),
    onSubmit: async (_values, { changed }) => {
      const saved = await api.call('delegations.update', { id: delegation.id, version, changes: changed });
      setVersion(saved.version);
      reset(particularsOf(saved));
      notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.delegation.saved') });
    },
  });
  const guard = useUnsavedChangesGuard(form.isDirty());
  const { reload, reloading } = useConflictReload(
    () => api.call('delegations.get', { id: delegation.id }),
    (latest) => {
      setVersion(latest.version);
      clearConflict();
    },
  );
  const enumSelect = <V extends string>(field: keyof ParticularsValues, values: readonly V[], label: string, key: string) => (
    <Select
      label={label}
      allowDeselect={false}
      data={values.map((v) => ({ value: v, label: t(`${key}.${v}` as never) }))}
      {...form.getInputProps(field)}
      onChange={(v) => v && form.setFieldValue(field, v as never)}
    />
  );

  return (
    <Panel title={t('meetingPage.delegation.particulars')} testId="delegation-particulars">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <SaveProblems conflict={conflict} onReload={() => void reload()} reloading={reloading} serverError={serverError} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('meetingPage.delegation.decisionNumber')} placeholder="1234/QĐ-BNNMT" {...form.getInputProps('decisionNumber')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label={t('meetingPage.delegation.decisionDate')} {...form.getInputProps('decisionDate')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('meetingPage.delegation.decisionSigner')} {...form.getInputProps('decisionSigner')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{enumSelect('funding', FUNDING_SOURCES, t('meetingPage.delegation.funding'), 'meetingPage.delegation.fundingValues')}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={t('meetingPage.delegation.fundingNote')} {...form.getInputProps('fundingNote')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('meetingPage.delegation.objectives')} autosize minRows={3} maxRows={12} {...form.getInputProps('objectives')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('meetingPage.delegation.positions')} autosize minRows={3} maxRows={12} {...form.getInputProps('positions')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('trip.english.objectivesEn')} autosize minRows={2} maxRows={12} {...form.getInputProps('objectivesEn')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('trip.english.positionsEn')} autosize minRows={2} maxRows={12} {...form.getInputProps('positionsEn')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              {enumSelect('classification', CLASSIFICATIONS, t('meetingPage.delegation.classification'), 'meetingPage.delegation.classificationValues')}
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>{enumSelect('status', DELEGATION_STATUSES, t('meetingPage.delegation.status'), 'meetingPage.delegation.statusValues')}</Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('meetingPage.delegation.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} disabled={!form.isDirty() && !conflict}>
              {t('meetingPage.delegation.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.modal}
    </Panel>
  );
}

const memberSchema = delegationMemberFields.omit({ sortOrder: true, notes: true }).superRefine((v, ctx) => recordRules.delegationMembers(v as never, ctx));
type MemberValues = MemberTripValues & { delegationId: string; personId: string | null };

function Members({ overview, delegation }: { overview: MeetingOverview; delegation: Delegation }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const { confirmDelete, modal: deleteModal } = useDeleteWithUndo();
  const members = overview.members;
  const personRef = useRef<HTMLInputElement>(null);
  const empty: MemberValues = {
    delegationId: delegation.id,
    personId: null,
    role: members.some((m) => m.role === 'head') ? 'member' : 'head',
    agencyId: null,
    position: '',
    travelFrom: null,
    travelTo: null,
  };
  const [personName, setPersonName] = useState('');
  const [editing, setEditing] = useState<MeetingOverview['members'][number] | null>(null);
  const { form, submit, submitting, serverError, reset } = useEntityForm<MemberValues>({
    schema: memberSchema,
    initialValues: empty,
    onSubmit: async (values) => {
      await api.call('delegationMembers.create', {
        delegationId: delegation.id,
        personId: values.personId ?? '',
        role: values.role,
        agencyId: values.agencyId,
        position: values.position || null,
        travelFrom: values.travelFrom,
        travelTo: values.travelTo,
        sortOrder: members.length,
      });
      notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.members.added', { name: personName }) });
      reset({ ...empty, role: 'member', travelFrom: values.travelFrom, travelTo: values.travelTo });
      personRef.current?.focus();
    },
  });
  const guard = useUnsavedChangesGuard(form.isDirty() && form.getValues().personId !== null);
  const values = form.getValues();
  const inputs = memberTripInputs(form, t, lang);

  return (
    <Panel title={t('meetingPage.members.title')} testId="delegation-members" action={<Text size="sm" c="dimmed">{t('meetingPage.members.count', { n: members.length })}</Text>}>
      {members.length === 0 ? (
        <Text size="sm" mb="md">
          {t('meetingPage.members.empty')}
        </Text>
      ) : (
        /* Fits the office laptop (1280 px: about 930 px here) without scrolling sideways: narrow
           fixed columns, dates on one line, names given room before the position and agency. */
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" aria-label={t('meetingPage.members.caption')} mb="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>{t('meetingPage.members.no')}</Table.Th>
                <Table.Th>{t('meetingPage.members.name')}</Table.Th>
                <Table.Th w={104}>{t('meetingPage.members.role')}</Table.Th>
                <Table.Th>{t('meetingPage.members.position')}</Table.Th>
                <Table.Th>{t('meetingPage.members.agency')}</Table.Th>
                <Table.Th w={186}>{t('meetingPage.members.travel')}</Table.Th>
                <Table.Th w={110}>{t('meetingPage.members.passport')}</Table.Th>
                <Table.Th w={72}>
                  <VisuallyHidden>
                    {t('meetingPage.members.actions')}
                  </VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m, i) => {
                const expiring = overview.readiness.warnings.some((w) => w.personId === m.personId && (w.kind === 'passport_expiring' || w.kind === 'passport_missing'));
                const agency = lang === 'en' ? m.agencyNameEn : m.agencyNameVi;
                return (
                  <Table.Tr key={m.id} data-testid="member-row">
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} miw={150} style={{ wordBreak: 'normal', overflowWrap: 'normal' }}>
                        {m.person.fullName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={m.role === 'head' ? 600 : 400}>
                        {t(`meetingPage.members.roles.${m.role}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.position ?? t('common.none')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{agency ?? t('common.none')}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      <Text size="sm">{formatDateRange(m.travelFrom, m.travelTo) || t('common.none')}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      <Group gap={4} wrap="nowrap">
                        {expiring ? <IconAlertTriangle size={16} color="var(--mantine-color-orange-9)" aria-hidden /> : null}
                        <Text size="sm" fw={expiring ? 700 : 400} c={expiring ? 'orange.9' : undefined}>
                          {formatDate(m.person.passportExpiry) || t('common.none')}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        size={18}
                        editLabel={t('meetingPage.members.edit', { name: m.person.fullName })}
                        deleteLabel={t('meetingPage.members.remove', { name: m.person.fullName })}
                        onEdit={() => setEditing(m)}
                        onDelete={() => confirmDelete({ method: 'delegationMembers', id: m.id, version: m.version, label: m.person.fullName })}
                        editTestId="member-edit"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form
        noValidate
        aria-label={t('meetingPage.members.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="add-member-form"
      >
        <Text size="sm" fw={600} mb="xs">
          {t('meetingPage.members.addTitle')}
        </Text>
        {serverError ? (
          <Text c="red.9" size="sm" role="alert" mb="xs">
            {serverError}
          </Text>
        ) : null}
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6, lg: 5 }}>
            <EntitySelect
              method="people"
              ref={personRef}
              label={t('meetingPage.members.person')}
              placeholder={t('meetingPage.members.personPlaceholder')}
              withAsterisk
              getLabel={(p) => p.fullName}
              {...form.getInputProps('personId')}
              value={values.personId}
              onChange={(id, person) => {
                form.setFieldValue('personId', id);
                setPersonName(person?.fullName ?? '');
                // At the time of the trip: the person's unit and position, editable. The unit is
                // the one in force on the trip's first day (the desk's history knows it: a trip
                // of 2024 was made for the ministry of 2024), today's until that answer comes.
                if (person) {
                  form.setFieldValue('agencyId', person.agencyId ?? null);
                  form.setFieldValue('position', person.position ?? '');
                  const day = form.getValues().travelFrom ?? overview.meeting.startDate;
                  void api
                    .call('people.unitOn', { personId: person.id, date: day })
                    .then(({ agencyId }) => {
                      // Only if the officer has not chosen another person or unit meanwhile.
                      const now = form.getValues();
                      if (now.personId === person.id && now.agencyId === (person.agencyId ?? null)) form.setFieldValue('agencyId', agencyId);
                    })
                    .catch(() => undefined);
                }
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>{inputs.role}</Grid.Col>
          <Grid.Col span={{ base: 6, lg: 2 }}>{inputs.travelFrom}</Grid.Col>
          <Grid.Col span={{ base: 6, lg: 2 }}>{inputs.travelTo}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 5 }}>{inputs.agency}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 4 }}>{inputs.position}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 3 }}>
            <Button type="submit" leftSection={<IconPlus size={18} aria-hidden />} loading={submitting} fullWidth>
              {t('meetingPage.members.add')}
            </Button>
          </Grid.Col>
        </Grid>
      </form>
      {deleteModal}
      <EditMemberModal member={editing} onClose={() => setEditing(null)} />
      {guard.modal}
    </Panel>
  );
}
