import { Grid, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGAL_BASIS_KINDS, legalBasisFields, recordRules, type LegalBasis, type LegalBasisKind } from '../../../electron/contract';
import { FormModal } from './FormModal';
import { DateCol, NotesCol } from './RecordFields';
import { useRecordForm } from './useRecordForm';

const schema = legalBasisFields.superRefine(recordRules.legalBases);

interface LegalBasisValues extends Record<string, unknown> {
  number: string;
  kind: LegalBasisKind;
  issuedOn: string | null;
  issuer: string;
  titleVi: string;
  titleEn: string;
  inForceFrom: string | null;
  inForceTo: string | null;
  notes: string;
}

function valuesOf(b: LegalBasis | null): LegalBasisValues {
  return {
    number: b?.number ?? '',
    kind: b?.kind ?? 'decision',
    issuedOn: b?.issuedOn ?? null,
    issuer: b?.issuer ?? '',
    titleVi: b?.titleVi ?? '',
    titleEn: b?.titleEn ?? '',
    inForceFrom: b?.inForceFrom ?? null,
    inForceTo: b?.inForceTo ?? null,
    notes: b?.notes ?? '',
  };
}

/** Create (basis null) or edit a legal basis. Mounted while open. */
export function LegalBasisForm({ basis, onClose, onSaved }: { basis: LegalBasis | null; onClose: () => void; onSaved: (saved: LegalBasis) => void }) {
  const { t } = useTranslation();
  const modal = useRecordForm({
    prefix: 'legalBases',
    record: basis,
    schema,
    valuesOf,
    nameOf: (b) => b.number,
    // Validated first: the issue date is there.
    toCreate: (values) => ({ ...values, issuedOn: values.issuedOn as string }),
    onClose,
    onSaved,
  });
  const { form } = modal.entityForm;

  const f = 'directory.legalBases.fields';
  const title = basis ? t('directory.legalBases.editTitle', { name: basis.number }) : t('directory.legalBases.createTitle');
  return (
    <FormModal {...modal} title={title} testId="legal-basis-form">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.number`)} description={t(`${f}.numberHint`)} inputWrapperOrder={['label', 'input', 'description', 'error']} withAsterisk data-autofocus {...form.getInputProps('number')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t(`${f}.kind`)}
            withAsterisk
            allowDeselect={false}
            data={LEGAL_BASIS_KINDS.map((k) => ({ value: k, label: t(`directory.legalBases.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </Grid.Col>
        <DateCol form={form} field="issuedOn" label={t(`${f}.issuedOn`)} withAsterisk />
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.issuer`)} withAsterisk {...form.getInputProps('issuer')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.titleVi`)} withAsterisk lang="vi" autosize minRows={2} maxRows={5} {...form.getInputProps('titleVi')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.titleEn`)} lang="en" autosize minRows={2} maxRows={5} {...form.getInputProps('titleEn')} />
        </Grid.Col>
        <DateCol form={form} field="inForceFrom" label={t(`${f}.inForceFrom`)} />
        <DateCol form={form} field="inForceTo" label={t(`${f}.inForceTo`)} />
        <NotesCol form={form} label={t(`${f}.notes`)} />
      </Grid>
    </FormModal>
  );
}
