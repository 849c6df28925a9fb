import { matchesSearch } from '../../common/fold';
import { countrySearchText } from '../../common/countryNames';

describe('the one search rule of every picker', () => {
  const laos = countrySearchText({ code: 'LA', nameVi: 'Lào', nameEn: 'Lao PDR' });
  const thailand = countrySearchText({ code: 'TH', nameVi: 'Thái Lan', nameEn: 'Thailand' });

  it('finds a country in either language, with or without diacritics, by its code or a usual name', () => {
    for (const q of ['Lào', 'lào', 'lao', 'LAO', 'Laos', 'laos', 'Lao PDR', 'la']) expect(matchesSearch(q, laos), q).toBe(true);
    for (const q of ['Thái', 'thai', 'Thái Lan', 'thai lan', 'Thailand', 'th']) expect(matchesSearch(q, thailand), q).toBe(true);
    expect(matchesSearch('thai', laos)).toBe(false);
    expect(matchesSearch('laos', thailand)).toBe(false);
  });

  it('wants every word typed, each at the start of a word (đ folded to d)', () => {
    expect(matchesSearch('vu hop tac', 'Vụ Hợp tác quốc tế (MONRE-ICD)')).toBe(true);
    expect(matchesSearch('icd', 'Vụ Hợp tác quốc tế (MONRE-ICD)')).toBe(true);
    expect(matchesSearch('dong', 'Nguyễn Văn Đông')).toBe(true);
    expect(matchesSearch('ong', 'Nguyễn Văn Đông')).toBe(false);
    expect(matchesSearch('vu xyz', 'Vụ Hợp tác quốc tế')).toBe(false);
    expect(matchesSearch('   ', 'anything')).toBe(true);
  });
});
