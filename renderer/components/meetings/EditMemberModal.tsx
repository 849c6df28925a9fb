import { Button, Grid, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { delegationMemberFields, MEMBER_ROLES, recordRules, type MeetingOverview, type MemberRole } from '../../../electron/contract';
import { useApi } from '../../api';
import { ConflictNotice, DateField, EntitySelect, useEntityForm } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';

type Member = MeetingOverview['members'][number];

const schema = delegationMemberFields
  .pick({ role: true, agencyId: true, position: true, travelFrom: true, travelTo: true })
  .superRefine((v, ctx) => recordRules.delegationMembers(v as never, ctx));

type Values = { role: MemberRole; agencyId: string | null; position: string; travelFrom: string | null; travelTo: string | null };

const valuesOf = (m: Member): Values => ({
  role: m.role,
  agencyId: m.agencyId ?? null,
  position: m.position ?? '',
  travelFrom: m.travelFrom ?? null,
  travelTo: m.travelTo ?? null,
});

/**
 * Corrects a member in place (role, travel dates, unit and position at the time of the trip),
 * instead of removing and adding them again, which would lose their history.
 */
export function EditMemberModal({ member, onClose, onSaved }: { member: Member | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? t('meetingPage.members.editTitle', { name: member.person.fullName }) : ''} size="lg" centered>
      {member ? <EditMemberForm key={member.id} member={member} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function EditMemberForm({ member, onClose, onSaved }: { member: Member; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const [version, setVersion] = useState(member.version);
  const [reloading, setReloading] = useState(false);
  const { form, submit, submitting, serverError, conflict, clearConflict } = useEntityForm<Values>({
    schema,
    initialValues: valuesOf(member),
    onSubmit: async (_values, { changed }) => {
      if (Object.keys(changed).length > 0) {
        const saved = await api.call('delegationMembers.update', { id: member.id, version, changes: changed });
        setVersion(saved.version);
        notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.members.saved', { name: member.person.fullName }) });
      }
      onSaved();
      onClose();
    },
  });
  const reload = async () => {
    setReloading(true);
    try {
      const latest = await api.call('delegationMembers.get', { id: member.id });
      setVersion(latest.version);
      clearConflict();
      notifications.show({ color: 'gray', message: t('forms.conflict.reloaded') });
    } finally {
      setReloading(false);
    }
  };
  const values = form.getValues();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="edit-member-form"
    >
      <Stack gap="md">
        {conflict ? <ConflictNotice onReload={() => void reload()} reloading={reloading} /> : null}
        {serverError ? (
          <Text c="red.9" size="sm" role="alert">
            {serverError}
          </Text>
        ) : null}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              data-autofocus
              label={t('meetingPage.members.role')}
              allowDeselect={false}
              data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`meetingPage.members.roles.${r}`) }))}
              {...form.getInputProps('role')}
              onChange={(v) => v && form.setFieldValue('role', v as MemberRole)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <DateField label={t('meetingPage.members.travelFrom')} {...form.getInputProps('travelFrom')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <DateField label={t('meetingPage.members.travelTo')} {...form.getInputProps('travelTo')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <EntitySelect
              method="agencies"
              label={t('meetingPage.members.agencyField')}
              getLabel={(a) => (a.abbreviation ? `${lang === 'en' ? a.nameEn : a.nameVi} (${a.abbreviation})` : lang === 'en' ? a.nameEn : a.nameVi)}
              {...form.getInputProps('agencyId')}
              value={values.agencyId}
              onChange={(id) => form.setFieldValue('agencyId', id)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput label={t('meetingPage.members.positionField')} {...form.getInputProps('position')} />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('meetingPage.members.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('meetingPage.members.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
