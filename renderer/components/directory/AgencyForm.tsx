import { Grid, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Live } from './Live';
import { AGENCY_KINDS, agencyFields, recordRules, type Agency, type AgencyKind } from '../../../electron/contract';
import { useApi } from '../../api';
import { DateField, useConflictReload, useEntityForm } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { AgencySelect } from './AgencySelect';
import { agencyName, selfAndDescendants } from './agencyTree';
import { FormModal } from './FormModal';

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
  const api = useApi();
  const version = useRef(agency?.version ?? 0);

  const entityForm = useEntityForm<AgencyValues>({
    schema,
    initialValues: valuesOf(agency, parentId),
    onSubmit: async (values, { changed }) => {
      if (agency && values.parentId && selfAndDescendants(agency.id, agencies).has(values.parentId)) {
        entityForm.form.setFieldError('parentId', t('directory.agencies.parentCycle'));
        return;
      }
      let saved: Agency;
      if (agency) {
        if (Object.keys(changed).length === 0) {
          onClose();
          return;
        }
        saved = await api.call('agencies.update', { id: agency.id, version: version.current, changes: changed });
        notifications.show({ color: 'teal', message: <Live render={(t, lng) => t('directory.agencies.saved', { name: agencyName(saved, lng) })} /> });
      } else {
        saved = await api.call('agencies.create', values);
        notifications.show({ color: 'teal', message: <Live render={(t, lng) => t('directory.agencies.created', { name: agencyName(saved, lng) })} /> });
      }
      entityForm.reset(valuesOf(saved, saved.parentId));
      onSaved(saved);
    },
  });
  const { form } = entityForm;

  // A conflict only arises on an update, so the record is there.
  const { reload, reloading } = useConflictReload(
    () => api.call('agencies.get', { id: agency!.id }),
    (latest) => {
      const typed = form.getValues();
      version.current = latest.version;
      entityForm.reset(valuesOf(latest, latest.parentId));
      form.setValues(typed);
      entityForm.clearConflict();
    },
  );

  const title = agency ? t('directory.agencies.editTitle', { name: agencyName(agency, lang) }) : t('directory.agencies.createTitle');
  const f = 'directory.agencies.fields';
  return (
    <FormModal opened title={title} entityForm={entityForm} onClose={onClose} onReload={() => void reload()} reloading={reloading} testId="agency-form">
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
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t(`${f}.validFrom`)} {...form.getInputProps('validFrom')} value={form.getValues().validFrom} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t(`${f}.validTo`)} {...form.getInputProps('validTo')} value={form.getValues().validTo} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.notes`)} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
