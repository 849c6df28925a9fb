import { Grid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Live } from './Live';
import { personFields, type Agency, type Person } from '../../../electron/contract';
import { useApi } from '../../api';
import { DateField, useConflictReload, useEntityForm } from '../../forms';
import { AgencySelect } from './AgencySelect';
import { FormModal } from './FormModal';
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
  const api = useApi();
  const version = useRef(person?.version ?? 0);
  const today = useToday();

  const entityForm = useEntityForm<PersonValues>({
    schema: personFields,
    initialValues: valuesOf(person),
    onSubmit: async (values, { changed }) => {
      let saved: Person;
      if (person) {
        if (Object.keys(changed).length === 0) {
          onClose();
          return;
        }
        saved = await api.call('people.update', { id: person.id, version: version.current, changes: changed });
        notifications.show({ color: 'teal', message: <Live render={(t) => t('directory.people.saved', { name: saved.fullName })} /> });
      } else {
        saved = await api.call('people.create', values);
        notifications.show({ color: 'teal', message: <Live render={(t) => t('directory.people.created', { name: saved.fullName })} /> });
      }
      entityForm.reset(valuesOf(saved));
      onSaved(saved);
    },
  });
  const { form } = entityForm;

  // A conflict only arises on an update, so the record is there.
  const { reload, reloading } = useConflictReload(
    () => api.call('people.get', { id: person!.id }),
    (latest) => {
      const typed = form.getValues();
      version.current = latest.version;
      entityForm.reset(valuesOf(latest));
      form.setValues(typed);
      entityForm.clearConflict();
    },
  );

  const f = 'directory.people.fields';
  const title = person ? t('directory.people.editTitle', { name: person.fullName }) : t('directory.people.createTitle');
  return (
    <FormModal opened title={title} entityForm={entityForm} onClose={onClose} onReload={() => void reload()} reloading={reloading} testId="person-form">
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
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t(`${f}.passportExpiry`)} {...form.getInputProps('passportExpiry')} value={form.getValues().passportExpiry} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t(`${f}.notes`)} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
