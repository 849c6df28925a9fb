import { Select, TextInput, type SelectProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { MEMBER_ROLES, type MemberRole } from '../../../electron/contract';
import { useMemo } from 'react';
import type { Agency } from '../../../electron/contract';
import { compareNames } from '../../format';
import { agencySearchText, DateField, pickerFilter } from '../../forms';
import { useAll } from '../actions/shared';
import { agencyWithMinistry } from '../directory/agencyTree';

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
    travelFrom: <DateField label={t('meetingPage.members.travelFrom')} withRule={false} {...f.getInputProps('travelFrom')} />,
    travelTo: <DateField label={t('meetingPage.members.travelTo')} withRule={false} {...f.getInputProps('travelTo')} />,
    agency: (
      <MemberAgencySelect
        label={t('meetingPage.members.agencyField')}
        lang={lang}
        {...f.getInputProps('agencyId')}
        value={f.getValues().agencyId}
        onChange={(id) => f.setFieldValue('agencyId', id)}
      />
    ),
    position: <TextInput label={t('meetingPage.members.positionField')} {...f.getInputProps('position')} />,
  };
}

/**
 * A member's unit at the time of the trip: every unit, named with its ministry ("Vụ Hợp tác quốc
 * tế — Bộ Nông nghiệp và Môi trường": several ministries have a unit of that name), found by
 * either language, code or abbreviation (the pickers' one filter). Choosing the chosen unit again
 * keeps it; the clear button empties it.
 */
function MemberAgencySelect({
  lang,
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter'> & { lang: 'vi' | 'en'; value: string | null; onChange: (id: string | null) => void }) {
  const agencies = useAll('agencies.list');
  const data = useMemo(
    () =>
      agencies.items
        .map((a: Agency) => ({ value: a.id, label: agencyWithMinistry(a, agencies.byId, lang), search: agencySearchText(a) }))
        .sort((x, y) => compareNames(x.label, y.label)),
    [agencies.items, agencies.byId, lang],
  );
  return (
    <Select
      searchable
      clearable
      allowDeselect={false}
      openOnFocus={false}
      {...props}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      filter={pickerFilter}
      limit={200}
    />
  );
}
