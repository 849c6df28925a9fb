import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personFields, type Agency, type Person } from '../../../electron/contract';
import { AgencySelect } from './AgencySelect';
import { FormModal } from './FormModal';
import { DateCol, NotesCol } from './RecordFields';
import { useRecordForm } from './useRecordForm';
import { useToday } from '../../clock';

interface PersonValues extends Record<string, unknown> {
  fullName: string;
  passportName: string;
  position: string;
  agencyId: string | null;
  email: string;
  phone: string;
  passportExpiry: string | null;
  notes: string;
}

function valuesOf(p: Person | null): PersonValues {
  return {
    fullName: p?.fullName ?? '',
    passportName: p?.passportName ?? '',
    position: p?.position ?? '',
    agencyId: p?.agencyId ?? null,
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    passportExpiry: p?.passportExpiry ?? null,
    notes: p?.notes ?? '',
  };
}

/** Create (person null) or edit a person. Mounted while open. */
export function PersonForm({
  person,
  agencies,
  onClose,
  onSaved,
}: {
  person: Person | null;
  agencies: readonly Agency[];
  onClose: () => void;
  onSaved: (saved: Person) => void;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const { duplicateModal, ...modal } = useRecordForm({ prefix: 'people', record: person, schema: personFields, valuesOf, nameOf: (p) => p.fullName, onClose, onSaved });
  const { form } = modal.entityForm;

  const f = 'directory.people.fields';
  const title = person ? t('directory.people.editTitle', { name: person.fullName }) : t('directory.people.createTitle');
  return (
    <>
    <FormModal {...modal} title={title} testId="person-form">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.fullName`)} withAsterisk lang="vi" data-autofocus {...form.getInputProps('fullName')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.passportName`)} description={t(`${f}.passportNameHint`)} inputWrapperOrder={['label', 'input', 'description', 'error']} {...form.getInputProps('passportName')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t(`${f}.position`)} {...form.getInputProps('position')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <AgencySelect
            agencies={agencies}
            activeDay={today}
            label={t(`${f}.agency`)}
            value={form.getValues().agencyId}
            onChange={(id) => form.setFieldValue('agencyId', id)}
            error={form.errors.agencyId}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.email`)} type="email" autoComplete="off" {...form.getInputProps('email')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t(`${f}.phone`)} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        </Grid.Col>
        <DateCol form={form} field="passportExpiry" label={t(`${f}.passportExpiry`)} />
        <NotesCol form={form} label={t(`${f}.notes`)} />
      </Grid>
    </FormModal>
    {duplicateModal}
    </>
  );
}
