import { Grid, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, agencyFields, recordRules, type Agency, type AgencyKind } from '../../../electron/contract';
import { useLanguage } from '../../i18n/useLanguage';
import { AgencySelect } from './AgencySelect';
import { agencyName, selfAndDescendants } from './agencyTree';
import { FormModal } from './FormModal';
import { DateCol, NotesCol } from './RecordFields';
import { useRecordForm } from './useRecordForm';

const schema = agencyFields.superRefine(recordRules.agencies);

interface AgencyValues extends Record<string, unknown> {
  code: string;
  nameVi: string;
  nameEn: string;
  abbreviation: string;
  kind: AgencyKind;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  notes: string;
}

function valuesOf(a: Agency | null, parentId: string | null): AgencyValues {
  return {
    code: a?.code ?? '',
    nameVi: a?.nameVi ?? '',
    nameEn: a?.nameEn ?? '',
    abbreviation: a?.abbreviation ?? '',
    kind: a?.kind ?? (parentId ? 'department' : 'ministry'),
    parentId: a ? a.parentId : parentId,
    validFrom: a?.validFrom ?? null,
    validTo: a?.validTo ?? null,
    notes: a?.notes ?? '',
  };
}

/** Create (agency null) or edit an agency. Mounted while open. */
export function AgencyForm({
  agency,
  parentId = null,
  agencies,
  onClose,
  onSaved,
}: {
  agency: Agency | null;
  parentId?: string | null;
  agencies: readonly Agency[];
  onClose: () => void;
  onSaved: (saved: Agency) => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const modal = useRecordForm({
    prefix: 'agencies',
    record: agency,
    schema,
    valuesOf: (a: Agency | null) => valuesOf(a, parentId),
    nameOf: agencyName,
    check: (values) => {
      if (agency && values.parentId && selfAndDescendants(agency.id, agencies).has(values.parentId)) {
        modal.entityForm.form.setFieldError('parentId', t('directory.agencies.parentCycle'));
        return false;
      }
      return true;
    },
    onClose,
    onSaved,
  });
  const { form } = modal.entityForm;

  const title = agency ? t('directory.agencies.editTitle', { name: agencyName(agency, lang) }) : t('directory.agencies.createTitle');
  const f = 'directory.agencies.fields';
  return (
    <FormModal {...modal} title={title} testId="agency-form">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t(`${f}.code`)} description={t(`${f}.codeHint`)} inputWrapperOrder={['label', 'input', 'description', 'error']} withAsterisk data-autofocus {...form.getInputProps('code')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t(`${f}.abbreviation`)} {...form.getInputProps('abbreviation')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t(`${f}.kind`)}
            withAsterisk
            allowDeselect={false}
            data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`directory.agencies.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t(`${f}.nameVi`)} withAsterisk lang="vi" {...form.getInputProps('nameVi')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t(`${f}.nameEn`)} withAsterisk lang="en" {...form.getInputProps('nameEn')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <AgencySelect
            agencies={agencies}
            exclude={agency ? selfAndDescendants(agency.id, agencies) : undefined}
            label={t(`${f}.parent`)}
            description={t(`${f}.parentHint`)}
            value={form.getValues().parentId}
            onChange={(id) => form.setFieldValue('parentId', id)}
            error={form.errors.parentId}
          />
        </Grid.Col>
        <DateCol form={form} field="validFrom" label={t(`${f}.validFrom`)} />
        <DateCol form={form} field="validTo" label={t(`${f}.validTo`)} />
        <NotesCol form={form} label={t(`${f}.notes`)} />
      </Grid>
    </FormModal>
  );
}
