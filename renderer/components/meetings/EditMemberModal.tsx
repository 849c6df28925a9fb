import { Button, Grid, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { delegationMemberFields, recordRules, type MeetingOverview } from '../../../electron/contract';
import { useApi } from '../../api';
import { SaveProblems, useConflictReload, useEntityForm } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { memberTripInputs, type MemberTripValues } from './MemberTripInputs';

type Member = MeetingOverview['members'][number];

const schema = delegationMemberFields
  .pick({ role: true, agencyId: true, position: true, travelFrom: true, travelTo: true })
  .superRefine((v, ctx) => recordRules.delegationMembers(v as never, ctx));

type Values = MemberTripValues;

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
export function EditMemberModal({ member, onClose }: { member: Member | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? t('meetingPage.members.editTitle', { name: member.person.fullName }) : ''} size="lg" centered>
      {member ? <EditMemberForm key={member.id} member={member} onClose={onClose} /> : null}
    </Modal>
  );
}

function EditMemberForm({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const [version, setVersion] = useState(member.version);
  const { form, submit, submitting, serverError, conflict, clearConflict } = useEntityForm<Values>({
    schema,
    initialValues: valuesOf(member),
    onSubmit: async (_values, { changed }) => {
      if (Object.keys(changed).length > 0) {
        const saved = await api.call('delegationMembers.update', { id: member.id, version, changes: changed });
        setVersion(saved.version);
        notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.members.saved', { name: member.person.fullName }) });
      }
      onClose();
    },
  });
  const { reload, reloading } = useConflictReload(
    () => api.call('delegationMembers.get', { id: member.id }),
    (latest) => {
      setVersion(latest.version);
      clearConflict();
    },
  );
  const inputs = memberTripInputs(form, t, lang, { autoFocusRole: true });
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
        <SaveProblems conflict={conflict} onReload={() => void reload()} reloading={reloading} serverError={serverError} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>{inputs.role}</Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>{inputs.travelFrom}</Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>{inputs.travelTo}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>{inputs.agency}</Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>{inputs.position}</Grid.Col>
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
