import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { matchesSearch } from '../../common/fold';

/** A picker's option, with the words it is found by beyond its label (the other language, the code…). */
export type PickerOption = ComboboxItem & { search?: string };

/** The words an option is found by: its label and its `search` words. */
export function optionSearchText(o: ComboboxItem): string {
  const extra = (o as PickerOption).search;
  return extra ? `${o.label} ${extra}` : o.label;
}

/**
 * THE filter of every picker whose options are on the screen: each word typed starts a word of
 * the option's label or of its `search` words, diacritics ignored and đ as d (common/fold's
 * matchesSearch, the rule the server's search index keeps for the pickers that ask it:
 * EntitySelect, EntityMultiSelect).
 */
export const pickerFilter: OptionsFilter = ({ options, search, limit }) => {
  const out: ComboboxParsedItem[] = [];
  const match = (o: ComboboxItem) => matchesSearch(search, optionSearchText(o));
  for (const o of options) {
    if (out.length >= limit) break;
    if ('group' in o) {
      const items = o.items.filter(match);
      if (items.length > 0) out.push({ group: o.group, items });
    } else if (match(o)) {
      out.push(o);
    }
  }
  return out;
};

/** The search words of an agency in both languages, by its code and abbreviation. */
export function agencySearchText(a: { code: string; nameVi: string; nameEn: string; abbreviation?: string | null }): string {
  return [a.code, a.abbreviation ?? '', a.nameVi, a.nameEn].join(' ');
}
