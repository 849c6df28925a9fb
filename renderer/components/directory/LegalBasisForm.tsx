import { Grid, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Live } from './Live';
import { LEGAL_BASIS_KINDS, type Input, legalBasisFields, recordRules, type LegalBasis, type LegalBasisKind } from '../../../electron/contract';
import { useApi } from '../../api';
import { DateField, useConflictReload, useEntityForm } from '../../forms';
import { FormModal } from './FormModal';

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
  const api = useApi();
  const version = useRef(basis?.version ?? 0);

  const entityForm = useEntityForm<LegalBasisValues>({
    schema,
    initialValues: valuesOf(basis),
    onSubmit: async (values, { changed }) => {
      let saved: LegalBasis;
      if (basis) {
        if (Object.keys(changed).length === 0) {
          onClose();
          return;
        }
        saved = await api.call('legalBases.update', { id: basis.id, version: version.current, changes: changed as Input<'legalBases.update'>['changes'] });
        notifications.show({ color: 'teal', message: <Live render={(t) => t('directory.legalBases.saved', { name: saved.number })} /> });
      } else {
        // Validated above: the issue date is there.
        saved = await api.call('legalBases.create', { ...values, issuedOn: values.issuedOn as string });
        notifications.show({ color: 'teal', message: <Live render={(t) => t('directory.legalBases.created', { name: saved.number })} /> });
      }
      entityForm.reset(valuesOf(saved));
      onSaved(saved);
    },
  });
  const { form } = entityForm;

  // A conflict only arises on an update, so the record is there.
  const { reload, reloading } = useConflictReload(
    () => api.call('legalBases.get', { id: basis!.id }),
    (latest) => {
      const typed = form.getValues();
      version.current = latest.version;
      entityForm.reset(valuesOf(latest));
      form.setValues(typed);
      entityForm.clearConflict();
    },
  );

  const f = 'directory.legalBases.fields';
  const title = basis ? t('directory.legalBases.editTitle', { name: basis.number }) : t('directory.legalBases.createTitle');
  return (
    <FormModal opened title={title} entityForm={entityForm} onClose={onClose} onReload={() => void reload()} reloading={reloading} testId="legal-basis-form">
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
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t(`${f}.issuedOn`)} withAsterisk {...form.getInputProps('issuedOn')} value={form.getValues().issuedOn} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.issuer`)} withAsterisk {...form.getInputProps('issuer')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.titleVi`)} withAsterisk lang="vi" autosize minRows={2} maxRows={5} {...form.getInputProps('titleVi')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.titleEn`)} lang="en" autosize minRows={2} maxRows={5} {...form.getInputProps('titleEn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t(`${f}.inForceFrom`)} {...form.getInputProps('inForceFrom')} value={form.getValues().inForceFrom} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t(`${f}.inForceTo`)} {...form.getInputProps('inForceTo')} value={form.getValues().inForceTo} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.notes`)} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
