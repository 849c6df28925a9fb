import { MultiSelect } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../electron/contract';
import { AgencySelect } from '../../renderer/components/directory/AgencySelect';
import { agencySearchText, EntityMultiSelect, EntitySelect, pickerFilter } from '../../renderer/forms';
import { useApiAll } from '../../renderer/api';
import { renderWithApp } from '../helpers/render';

// Every kind of picker finds what an officer types: either language, with or without
// diacritics, by code or by name (issue 15, item 4).

function CountryPicker() {
  const [id, setId] = useState<string | null>(null);
  return <EntitySelect method="countries" label="host" getLabel={(c) => c.nameVi} value={id} onChange={setId} />;
}

function CountriesPicker() {
  const [ids, setIds] = useState<string[]>([]);
  return <EntityMultiSelect method="countries" label="countries" getLabel={(c) => c.nameVi} value={ids} onChange={setIds} />;
}

function Agencies({ children }: { children: (agencies: Agency[]) => React.ReactElement }) {
  const all = useApiAll('agencies.list', {});
  return all.data ? children(all.data) : null;
}

function LocalAgencyPicker() {
  const [id, setId] = useState<string | null>(null);
  return <Agencies>{(agencies) => <AgencySelect label="unit" agencies={agencies} value={id} onChange={setId} />}</Agencies>;
}

function LocalAgenciesPicker() {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <Agencies>
      {(agencies) => (
        <MultiSelect
          label="units"
          searchable
          filter={pickerFilter}
          data={agencies.map((a) => ({ value: a.id, label: `${a.nameVi} (${a.code})`, search: agencySearchText(a) }))}
          value={ids}
          onChange={setIds}
        />
      )}
    </Agencies>
  );
}

async function typeIn(name: string, text: string) {
  const user = userEvent.setup();
  const box = await screen.findByRole('combobox', { name });
  await user.click(box);
  await user.clear(box);
  await user.type(box, text);
  return box;
}

const optionNames = async () => (await screen.findAllByRole('option')).map((o) => o.textContent);

describe('every picker searches both languages, with and without diacritics, by code and by name', () => {
  it('the host-country picker (EntitySelect, asking the server) finds "Lào", "laos", "Thái" and "thai"', async () => {
    renderWithApp(<CountryPicker />);
    for (const [typed, found] of [['Lào', 'Lào'], ['laos', 'Lào'], ['Thái', 'Thái Lan'], ['thai', 'Thái Lan'], ['TH', 'Thái Lan']] as const) {
      await typeIn('host', typed);
      expect(await screen.findByRole('option', { name: found }), typed).toBeInTheDocument();
    }
  });

  it('a picker of several values asking the server (EntityMultiSelect) finds "laos" and "viet nam"', async () => {
    renderWithApp(<CountriesPicker />);
    await typeIn('countries', 'laos');
    expect(await screen.findByRole('option', { name: 'Lào' })).toBeInTheDocument();
    await typeIn('countries', 'viet nam');
    expect(await screen.findByRole('option', { name: 'Việt Nam' })).toBeInTheDocument();
  });

  it('a picker of loaded options (AgencySelect) finds a unit by its English name on the Vietnamese screen', async () => {
    renderWithApp(<LocalAgencyPicker />);
    await typeIn('unit', 'international cooperation');
    const names = await optionNames();
    expect(names.some((n) => n?.startsWith('Vụ Hợp tác quốc tế'))).toBe(true);
    await typeIn('unit', 'vu hop tac');
    expect((await optionNames()).some((n) => n?.startsWith('Vụ Hợp tác quốc tế'))).toBe(true);
  });

  it('a picker of several loaded options (MultiSelect with the shared filter) finds a unit by its English name', async () => {
    renderWithApp(<LocalAgenciesPicker />);
    await typeIn('units', 'ministry of agriculture');
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').some((o) => o.textContent?.startsWith('Bộ Nông nghiệp'))).toBe(true);
  });

  it('the unit picker on the English screen reads in English: no Vietnamese abbreviation in its options', async () => {
    // "International Cooperation Department (Vụ HTQT, MAE-ICD)" mixed the languages; the
    // abbreviations are Vietnamese ('Vụ HTQT', 'Bộ NN&MT') and still find the unit when typed.
    renderWithApp(<LocalAgencyPicker />, { language: 'en' });
    await typeIn('unit', 'international cooperation');
    const names = await optionNames();
    expect(names).toContain('International Cooperation Department (MAE-ICD)');
    expect(names.filter((n) => n?.includes('Vụ HTQT'))).toEqual([]);
    await typeIn('unit', 'vu htqt');
    expect(await optionNames()).toContain('International Cooperation Department (MAE-ICD)');
  });
});

