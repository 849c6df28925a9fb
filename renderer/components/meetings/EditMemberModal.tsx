import { Button, Divider, Grid, Group, Modal, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { delegationMemberFields, recordRules, VISA_STATUSES, type MeetingOverview, type VisaStatus } from '../../../electron/contract';
import { useApi } from '../../api';
import { EditForm, useEntityForm, useVersionReload } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { memberTripInputs, type MemberTripValues } from './MemberTripInputs';

type Member = MeetingOverview['members'][number];

const schema = delegationMemberFields
  .pick({ role: true, agencyId: true, position: true, travelFrom: true, travelTo: true, flightOut: true, flightBack: true, hotel: true, visaStatus: true, perDiemBasis: true })
  .superRefine((v, ctx) => recordRules.delegationMembers(v as never, ctx));

/** The trip record and its logistics: flights, hotel, visa, per diem basis. */
type Values = MemberTripValues & { flightOut: string; flightBack: string; hotel: string; visaStatus: VisaStatus | null; perDiemBasis: string };

const valuesOf = (m: Member): Values => ({
  role: m.role,
  agencyId: m.agencyId ?? null,
  position: m.position ?? '',
  travelFrom: m.travelFrom ?? null,
  travelTo: m.travelTo ?? null,
  flightOut: m.flightOut ?? '',
  flightBack: m.flightBack ?? '',
  hotel: m.hotel ?? '',
  visaStatus: m.visaStatus ?? null,
  perDiemBasis: m.perDiemBasis ?? '',
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
  const entityForm = useEntityForm<Values>({
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
  const { form, submitting } = entityForm;
  const reload = useVersionReload(entityForm, () => api.call('delegationMembers.get', { id: member.id }), setVersion);
  const inputs = memberTripInputs(form, t, lang, { autoFocusRole: true });
  return (
    <EditForm entityForm={entityForm} reload={reload} testId="edit-member-form" gap="md">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>{inputs.role}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>{inputs.travelFrom}</Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>{inputs.travelTo}</Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>{inputs.agency}</Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>{inputs.position}</Grid.Col>
      </Grid>
      <Divider label={t('trip.logistics.title')} labelPosition="left" />
      <Grid gap="sm" data-testid="member-logistics">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('trip.logistics.flightOut')} {...form.getInputProps('flightOut')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('trip.logistics.flightBack')} {...form.getInputProps('flightBack')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput label={t('trip.logistics.hotel')} {...form.getInputProps('hotel')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('trip.logistics.visa')}
            clearable
            data={VISA_STATUSES.map((v) => ({ value: v, label: t(`trip.logistics.visaStatuses.${v}`) }))}
            {...form.getInputProps('visaStatus')}
            onChange={(v) => form.setFieldValue('visaStatus', (v as VisaStatus | null) ?? null)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('trip.logistics.perDiem')} {...form.getInputProps('perDiemBasis')} />
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
    </EditForm>
  );
}
