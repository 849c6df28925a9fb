// The other names officers type for a country, beyond the official ones the desk stores
// ("Lào" / "Lao PDR"): the usual English short names and the older Vietnamese ones. Keyed by
// the ISO code (reference data); a picker and the search index find a country by these too.

export const COUNTRY_OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  BN: ['Brunei', 'Bru-nây Đa-rút-xa-lam', 'Brunây'],
  KH: ['Kampuchea', 'Cam-pu-chia', 'Căm-pu-chia'],
  ID: ['Inđônêxia', 'Indonexia'],
  LA: ['Laos', 'Lao', 'Lao People\'s Democratic Republic', 'CHDCND Lào'],
  MY: ['Malaixia', 'Malaysia'],
  MM: ['Burma', 'Miến Điện', 'Myanma'],
  PH: ['Philippin', 'Phi-lip-pin', 'Philippines'],
  SG: ['Singapo', 'Xingapo'],
  TH: ['Thái', 'Thai', 'Siam'],
  VN: ['Vietnam', 'Viet Nam'],
  TL: ['East Timor', 'Timor Leste', 'Đông Ti-mo'],
  CN: ['PRC', 'Trung Hoa'],
  KR: ['Korea', 'South Korea', 'Hàn Quốc'],
  US: ['USA', 'United States of America', 'America', 'Mỹ'],
  EU: ['Châu Âu', 'Europe'],
  DE: ['Deutschland', 'CHLB Đức'],
};

/** Every name a country is found by: its code, both official names and the other names above. */
export function countrySearchText(c: { code: string; nameVi: string; nameEn: string }): string {
  return [c.code, c.nameVi, c.nameEn, ...(COUNTRY_OTHER_NAMES[c.code.toUpperCase()] ?? [])].join(' ');
}

/**
 * The cities where ASEAN meets, by the names officers write them: Vietnamese transcription and
 * English ("Viêng Chăn" / "Vientiane"). A meeting whose venue is written one way is found by the other.
 */
export const PLACE_NAMES: ReadonlyArray<readonly string[]> = [
  ['Vientiane', 'Viêng Chăn', 'Viêng-chăn'],
  ['Hanoi', 'Hà Nội'],
  ['Ho Chi Minh City', 'Thành phố Hồ Chí Minh', 'Saigon', 'Sài Gòn'],
  ['Bangkok', 'Băng Cốc', 'Băng-cốc'],
  ['Jakarta', 'Gia-các-ta', 'Giacacta'],
  ['Manila', 'Ma-ni-la'],
  ['Singapore', 'Xinh-ga-po', 'Singapo'],
  ['Phnom Penh', 'Phnôm Pênh', 'Nông Pênh'],
  ['Kuala Lumpur', 'Cu-a-la Lăm-pơ'],
  ['Naypyidaw', 'Nay Pyi Taw', 'Nây Pi Tô'],
  ['Yangon', 'Y-an-gun', 'Rangoon'],
  ['Bandar Seri Begawan', 'Ban-đa Xê-ri Bê-ga-oan'],
  ['Dili', 'Đi-li'],
  ['Luang Prabang', 'Luông Pha Bang', 'Luông Prabang'],
  ['Siem Reap', 'Xiêm Riệp'],
  ['Da Nang', 'Đà Nẵng'],
];
