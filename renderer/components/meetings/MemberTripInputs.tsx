import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { MEMBER_ROLES, type MemberRole } from '../../../electron/contract';
import { DateField, EntitySelect } from '../../forms';

/** What a member's trip record says, as the add form and the edit form hold it. */
export type MemberTripValues = {
  role: MemberRole;
  agencyId: string | null;
  position: string;
  travelFrom: string | null;
  travelTo: string | null;
};

/**
 * The inputs of a member's trip (role, travel dates, unit and position at the time), each
 * placed by its form's own layout: the add form beside the person, the edit modal alone.
 */
export function memberTripInputs<V extends MemberTripValues>(form: UseFormReturnType<V>, t: TFunction, lang: 'vi' | 'en', options: { autoFocusRole?: boolean } = {}) {
  // Mantine's form types its paths by the values' type; these fields exist in every V.
  const f = form as unknown as UseFormReturnType<MemberTripValues>;
  return {
    role: (
      <Select
        data-autofocus={options.autoFocusRole || undefined}
        label={t('meetingPage.members.role')}
        allowDeselect={false}
        data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`meetingPage.members.roles.${r}`) }))}
        {...f.getInputProps('role')}
        onChange={(v) => v && f.setFieldValue('role', v as MemberRole)}
      />
    ),
    travelFrom: <DateField label={t('meetingPage.members.travelFrom')} {...f.getInputProps('travelFrom')} />,
    travelTo: <DateField label={t('meetingPage.members.travelTo')} {...f.getInputProps('travelTo')} />,
    agency: (
      <EntitySelect
        method="agencies"
        label={t('meetingPage.members.agencyField')}
        getLabel={(a) => (a.abbreviation ? `${lang === 'en' ? a.nameEn : a.nameVi} (${a.abbreviation})` : lang === 'en' ? a.nameEn : a.nameVi)}
        {...f.getInputProps('agencyId')}
        value={f.getValues().agencyId}
        onChange={(id) => f.setFieldValue('agencyId', id)}
      />
    ),
    position: <TextInput label={t('meetingPage.members.positionField')} {...f.getInputProps('position')} />,
  };
}
