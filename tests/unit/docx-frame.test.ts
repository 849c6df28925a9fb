// The administrative frame of the documents (Decree 30/2020/NĐ-CP, Appendix I): the issuing
// body's name breaks between its phrases, as the office writes it, never inside a word of two
// syllables or after "VÀ"; the tables' columns hold their longest word and a date; the number and
// symbol, and the closing lists, read as the decree writes them.
import { referenceData } from '../../db/seed/reference-data';
import { deriveAbbreviation } from '../../electron/handlers/documentFrame';
import { columnWidths, issuerLines, listLines, referenceLine, SIZE, TEXT_WIDTH, textWidth } from '../../electron/services/documents/docxKit';

/** The issuing body's column of the title block: 38% of the text width. */
const COLUMN = Math.round(TEXT_WIDTH * 0.38);
const short = (s: string) => s.replace(/\s*\(.*\)\s*$/, '');
/** The bodies that issue or may issue the office's documents, as the reference data names them. */
const issuers = referenceData.agencies.filter((a) => ['ministry', 'office', 'department', 'government'].includes(a.kind));

describe("the issuing body's name in the title block", () => {
  it.each([
    ['Bộ Tài nguyên và Môi trường', false, ['BỘ TÀI NGUYÊN', 'VÀ MÔI TRƯỜNG']],
    ['Bộ Nông nghiệp và Môi trường', false, ['BỘ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']],
    ['Bộ Nông nghiệp và Phát triển nông thôn', false, ['BỘ NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN']],
    ['Văn phòng ASEAN Việt Nam', true, ['VĂN PHÒNG', 'ASEAN VIỆT NAM']],
    ['Bộ Lao động - Thương binh và Xã hội', false, ['BỘ LAO ĐỘNG -', 'THƯƠNG BINH VÀ XÃ HỘI']],
    ['Ministry of Agriculture and Environment', false, ['MINISTRY OF AGRICULTURE', 'AND ENVIRONMENT']],
    ['Bộ Ngoại giao', false, ['BỘ NGOẠI GIAO']],
    ['Vụ Hợp tác quốc tế', true, ['VỤ HỢP TÁC QUỐC TẾ']],
  ])('sets %s (bold %s) as %j', (name, bold, lines) => {
    expect(issuerLines(name, COLUMN, SIZE.issuer, bold)).toEqual(lines);
  });

  it('never breaks a name of the reference data inside a two-syllable word, after "VÀ"/"AND", or leaves one word alone when it need not', () => {
    // ("MINISTRY OF / FOREIGN AFFAIRS" is how the English names are written: better than "MINISTRY" alone.)
    const openers = new Set(['VÀ', 'VỀ', 'CỦA', 'AND']);
    let checked = 0;
    for (const a of issuers) {
      for (const name of [short(a.nameVi), short(a.nameEn)]) {
        const bold = a.kind === 'office';
        const lines = issuerLines(name, COLUMN, SIZE.issuer, bold);
        checked++;
        // Every word kept, in order.
        expect(lines.join(' ')).toBe(name.toUpperCase().replace(/\s+/g, ' '));
        for (const [i, line] of lines.entries()) {
          const words = line.split(' ');
          // Each line fits the column (the name is not left to wrap where Word decides).
          expect(textWidth(line, SIZE.issuer, bold), `${name}: ${line}`).toBeLessThanOrEqual(COLUMN);
          if (i < lines.length - 1) expect(openers.has(words.at(-1)!), `${name}: "${line}" ends with a connector`).toBe(false);
        }
        // A Vietnamese name of four syllables or more never has a line of one syllable.
        if (name === short(a.nameVi) && name.split(' ').length >= 4) for (const line of lines) expect(line.split(' ').length, `${name}: ${line}`).toBeGreaterThan(1);
        for (const pair of ['VĂN PHÒNG', 'TÀI NGUYÊN', 'MÔI TRƯỜNG', 'NÔNG NGHIỆP', 'VIỆT NAM', 'HỢP TÁC', 'QUỐC TẾ', 'THƯƠNG BINH', 'KHÍ TƯỢNG', 'THỦY VĂN']) {
          if (name.toUpperCase().includes(pair)) expect(lines.some((l) => l.includes(pair)), `${name} breaks ${pair}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe("the tables' columns", () => {
  const date = textWidth('28/07/2024', SIZE.table) + 160; // the cell's margins

  it('never make a date column narrower than a date, however small its share', () => {
    const widths = columnWidths(['TT', 'Nội dung', 'Hạn'], [['1', 'Góp ý dự thảo tuyên bố', '31/12/2024']], [6, 90, 4]);
    expect(widths[2]).toBeGreaterThanOrEqual(date);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    // What the date took came from the wide column.
    expect(widths[1]).toBeLessThan(Math.floor(0.9 * TEXT_WIDTH));
  });

  it('hold the longest word of a column, the header in bold included', () => {
    const widths = columnWidths(['TT', 'Vai trò', 'Ghi chú'], [['1', 'Thành viên', 'x']], [3, 3, 94]);
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('TT', SIZE.table, true) + 160);
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('Thành', SIZE.table) + 160);
  });

  it('keep the relative widths when every column is wide enough', () => {
    expect(columnWidths(['A', 'B'], [['x', 'y']], [1, 3])).toEqual([Math.floor(TEXT_WIDTH / 4), Math.floor((3 * TEXT_WIDTH) / 4)]);
  });
});

describe('the number and symbol, and the closing lists', () => {
  it('reads "Số: 12/ĐC-VPASEAN", or leaves the number blank for the clerk', () => {
    expect(referenceLine({ number: '12', symbol: 'ĐC-VPASEAN' }, 'vi')).toBe('Số: 12/ĐC-VPASEAN');
    expect(referenceLine({ number: '', symbol: 'BC-VPASEAN' }, 'vi')).toMatch(/^Số:\s{6,}\/BC-VPASEAN$/);
    expect(referenceLine({ number: '7', symbol: 'BC-VPASEAN' }, 'en')).toBe('No.: 7/BC-VPASEAN');
  });

  it('ends each line with ";" and the last with ".", whatever the officer typed', () => {
    expect(listLines(['Như trên', '- Lãnh đạo Vụ;', '', 'Lưu: VT, VPASEAN.'])).toEqual(['- Như trên;', '- Lãnh đạo Vụ;', '- Lưu: VT, VPASEAN.']);
  });

  it("derives the office's abbreviation from its name: initials up to its acronym", () => {
    expect(deriveAbbreviation('Văn phòng ASEAN Việt Nam')).toBe('VPASEAN');
    expect(deriveAbbreviation('Vụ Hợp tác quốc tế')).toBe('VHTQT');
    expect(deriveAbbreviation('Đoàn công tác')).toBe('ĐCT');
  });
});
