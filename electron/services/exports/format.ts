// Dates and words of the documents, in Vietnamese and English. Decree 30/2020/NĐ-CP writes days
// and months below 10 with a leading zero: 05/08/2024, "ngày 05 tháng 08 năm 2024".
export type Lang = 'vi' | 'en';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): [string, string, string] {
  const [y, m, d] = date.slice(0, 10).split('-') as [string, string, string];
  return [y, m, d];
}

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'. */
export function dmy(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = parts(date);
  return `${d}/${m}/${y}`;
}

/** A date in words: 'ngày 05 tháng 08 năm 2024' / '05 August 2024'. */
export function dateInWords(date: string, lang: Lang): string {
  const [y, m, d] = parts(date);
  return lang === 'vi' ? `ngày ${d} tháng ${m} năm ${y}` : `${d} ${EN_MONTHS[Number(m) - 1]} ${y}`;
}

/** A span of days: '28/07/2024 – 01/08/2024', or one date when it is one day. */
export function span(from: string, to: string): string {
  return from === to ? dmy(from) : `${dmy(from)} – ${dmy(to)}`;
}

export const pick = (lang: Lang, vi: string | null | undefined, en: string | null | undefined): string => (lang === 'vi' ? (vi ?? en ?? '') : (en ?? vi ?? ''));

// The labels of statuses, roles and the other enumerations come from the one glossary that the
// screens use too (common/glossary.ts), so a document says what the screen says.
export { word, type WordGroup } from '../../../common/glossary';

/** Short name of a meeting: 'ASOEN 35'. */
export function shortName(m: { bodyCode: string; sequence: number | null }): string {
  return m.sequence ? `${m.bodyCode} ${m.sequence}` : m.bodyCode;
}

export function place(m: { city: string | null; countryNameVi: string | null; countryNameEn: string | null }, lang: Lang): string {
  return [cityIn(m.city, lang), pick(lang, m.countryNameVi, m.countryNameEn)].filter((s) => s && s.trim()).join(', ');
}

/**
 * A city as the language writes it. The office types a foreign city the Vietnamese way with the
 * international name in brackets ("Viêng-chăn (Vientiane)", "Ma-ni-la (Manila)"): an English
 * document takes the name in brackets; any other city is written as typed.
 */
export function cityIn(city: string | null, lang: Lang): string | null {
  if (lang !== 'en' || !city) return city;
  const m = /^\s*(.+?)\s*\(([^()]+)\)\s*$/.exec(city);
  return m ? m[2]!.trim() : city;
}

const NUMBER = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') } as const;

/** A count as the language writes it: 12.345 in Vietnamese, 12,345 in English. */
export function num(n: number, lang: Lang): string {
  return NUMBER[lang].format(n);
}

/**
 * The line under a list that shows only the first rows of `total`: what was left out, and the
 * whole count. Nothing when the list is complete.
 */
export function moreLine(shown: number, total: number, lang: Lang): string | null {
  if (total <= shown) return null;
  return lang === 'vi'
    ? `… và ${num(total - shown, lang)} mục khác không liệt kê ở đây (tổng cộng ${num(total, lang)}).`
    : `… and ${num(total - shown, lang)} more not listed here (${num(total, lang)} in all).`;
}
