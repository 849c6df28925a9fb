// The titles proposed for a new meeting, for every body of the reference data, in both
// languages: "Hội nghị" and "Meeting" once, the number once, the ordinals as English writes them.
import { ordinal, proposedTitles } from '../../common/meetingTitles';
import { referenceData } from '../../db/seed/reference-data';

const bodies = referenceData.bodies;
const byCode = (code: string) => bodies.find((b) => b.code === code)!;

describe('proposed meeting titles', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('ordinal(%i) is %s', (n, expected) => expect(ordinal(n)).toBe(expected));

  it.each([
    ['ASOEN', 35, 'Hội nghị Quan chức cấp cao ASEAN về môi trường lần thứ 35 (ASOEN 35)', '35th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 35)'],
    ['AMME', 17, 'Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 17 (AMME 17)', '17th ASEAN Ministerial Meeting on the Environment (AMME 17)'],
    ['COP-AATHP', 21, 'Hội nghị lần thứ 21 các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới (COP 21)', '21st Meeting of the Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution (COP 21)'],
    ['COM-AATHP', 22, 'Hội nghị lần thứ 22 Ủy ban thường trực các Bên tham gia Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới (COM 22)', '22nd Meeting of the Committee under the COP to the ASEAN Agreement on Transboundary Haze Pollution (COM 22)'],
    ['AWGNCB', 36, 'Hội nghị lần thứ 36 Nhóm công tác ASEAN về bảo tồn thiên nhiên và đa dạng sinh học (AWGNCB 36)', '36th Meeting of the ASEAN Working Group on Nature Conservation and Biodiversity (AWGNCB 36)'],
    ['ATFP', 11, 'Hội nghị lần thứ 11 Lực lượng Đặc nhiệm ASEAN về đất than bùn (ATFP 11)', '11th Meeting of the ASEAN Task Force on Peatlands (ATFP 11)'],
    ['AHPC', 13, 'Hội nghị lần thứ 13 Ủy ban Vườn di sản ASEAN (AHPC 13)', '13th Meeting of the ASEAN Heritage Parks Committee (AHPC 13)'],
    ['SUMMIT', 47, 'Hội nghị Cấp cao ASEAN lần thứ 47', '47th ASEAN Summit'],
    ['AJDEC', 18, 'Đối thoại ASEAN - Nhật Bản về hợp tác môi trường lần thứ 18 (AJDEC 18)', '18th ASEAN–Japan Dialogue on Environmental Cooperation (AJDEC 18)'],
    ['APT-SOME', 21, 'Hội nghị Quan chức cấp cao ASEAN+3 về môi trường lần thứ 21 (SOME 21)', '21st ASEAN Plus Three Senior Officials Meeting on the Environment (SOME 21)'],
    ['ASOMM', 24, 'Hội nghị Quan chức cấp cao ASEAN về khoáng sản lần thứ 24 (ASOMM 24)', '24th ASEAN Senior Officials Meeting on Minerals (ASOMM 24)'],
    ['ASOMM+3', 12, 'Hội nghị Quan chức cấp cao ASEAN về khoáng sản với các nước đối thoại lần thứ 12 (ASOMM+3)', '12th ASEAN Senior Officials Meeting on Minerals Plus Three (ASOMM+3)'],
    ['ACB-GB', 26, 'Hội nghị lần thứ 26 Hội đồng quản trị Trung tâm ASEAN về Đa dạng sinh học', '26th Meeting of the ACB Governing Board'],
  ] as const)('%s %i', (code, n, vi, en) => expect(proposedTitles(byCode(code), n)).toEqual({ vi, en }));

  it.each(bodies.map((b) => [b.code, b] as const))('%s: "Hội nghị" and "Meeting" once, the number once, in both languages', (_code, body) => {
    for (const n of [1, 2, 3, 11, 12, 13, 21, 22, 35]) {
      const { vi, en } = proposedTitles(body, n);
      expect(vi).not.toMatch(/Hội nghị.*Hội nghị/);
      expect(vi).not.toMatch(/Hội nghị Tổ chức/);
      expect(vi.match(/lần thứ \d+/g)).toEqual([`lần thứ ${n}`]);
      expect(en).not.toMatch(/Meeting.*Meeting/);
      expect(en.startsWith(`${ordinal(n)} `)).toBe(true);
      expect(en.match(/\b\d+(st|nd|rd|th)\b/g)).toEqual([ordinal(n)]);
      // A code in brackets is never doubled ("(COM) (COM 21)").
      expect((vi.match(/\(/g) ?? []).length).toBeLessThanOrEqual(1);
      expect((en.match(/\(/g) ?? []).length).toBeLessThanOrEqual(1);
    }
    const { vi, en } = proposedTitles(body, null);
    expect(vi).not.toMatch(/lần thứ|Hội nghị.*Hội nghị|Hội nghị Tổ chức/);
    expect(en).not.toMatch(/\d|Meeting.*Meeting/);
  });
});
