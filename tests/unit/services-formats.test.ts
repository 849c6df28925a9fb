// The pure parts of the exports: safe file names, CSV (parsed back with csv-parse, fast-check
// over arbitrary strings), iCalendar escaping and folding (parsed back with ical.js), dates.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { MeetingRow } from '../../db/repo/exports/lists';
import { escapeText, foldLine, renderCalendar } from '../../electron/services/exports/calendar';
import type { Column } from '../../electron/services/exports/columns';
import { inert, renderCsv } from '../../electron/services/exports/csv';
import { MAX_NAME_LENGTH, safeFileName, versionedName } from '../../electron/services/exports/fileNames';
import { cityIn, dateInWords, dmy, place, span } from '../../electron/services/exports/format';

describe('safe file names', () => {
  it('keeps readable Vietnamese names as they are (NFC)', () => {
    expect(safeFileName('2024-07-28 ASOEN 35 - Đề cương tham dự (vi)', '.docx')).toBe('2024-07-28 ASOEN 35 - Đề cương tham dự (vi).docx');
    const decomposed = 'Đề cương'.normalize('NFD');
    expect(safeFileName(decomposed, '.docx')).toBe('Đề cương.docx'.normalize('NFC'));
  });

  it('removes reserved characters, control characters, trailing dots and spaces, and reserved names', () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j\u0001k', '.csv')).toBe('a-b-c-d-e-f-g-h-i-j-k.csv');
    expect(safeFileName('report. . ', '.xlsx')).toBe('report.xlsx');
    for (const name of ['CON', 'prn', 'AUX', 'nul', 'COM1', 'lpt9', 'CON.tar']) expect(safeFileName(name, '.txt')).toBe(`_${name}.txt`);
    expect(safeFileName('Console', '.txt')).toBe('Console.txt');
    expect(safeFileName('', '.ics')).toBe('ASOEN Desk.ics');
  });

  it('is bounded, never splits a character, and holds for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('.docx', '.xlsx', '.csv'), (stem, ext) => {
        const name = safeFileName(stem, ext);
        expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        expect(name.endsWith(ext)).toBe(true);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(name).not.toMatch(/[. ]$/);
        expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name); // no lone surrogates
      }),
      { numRuns: 300 },
    );
    expect(versionedName('Action items 2026-11-21.xlsx', 2)).toBe('Action items 2026-11-21 (2).xlsx');
  });
});

describe('CSV', () => {
  const columns: Column<string[]>[] = [
    { vi: 'Cột A', en: 'A', width: 10, value: (r) => r[0]! },
    { vi: 'Cột B', en: 'B', width: 10, value: (r) => r[1]! },
  ];

  it('round-trips any text through csv-parse, with a BOM, CRLF, and formulas made inert', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 8 }), (rows) => {
        const buf = renderCsv(columns, rows, 'vi');
        expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const parsed = parseCsv(buf, { bom: true, relax_quotes: false }) as string[][];
        expect(parsed[0]).toEqual(['Cột A', 'Cột B']);
        expect(parsed.slice(1)).toEqual(rows.map((r) => r.map((c) => inert(c))));
        for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n\0]/);
        // Every record ends with CRLF (line breaks inside quoted cells are the cells' own).
        expect(buf.toString('utf8').endsWith('\r\n')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('guards exactly the dangerous first characters', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r', '\n', '\0']) expect(inert(`${c}1+1`)).toBe(`'${c}1+1`);
    expect(inert('Hà Nội')).toBe('Hà Nội');
    expect(inert("'quoted")).toBe("'quoted");
  });
});

describe('iCalendar', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        // A character split between two lines would decode as U+FFFD (the text itself may hold some).
        const replacements = (s: string) => s.match(/\uFFFD/g)?.length ?? 0;
        let inParts = 0;
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          inParts += replacements(Buffer.from(part, 'utf8').toString('utf8'));
        }
        expect(inParts).toBe(replacements(line));
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 300 },
    );
    const viet = foldLine(`SUMMARY:${'Hội nghị Quan chức cao cấp ASEAN về môi trường 🌏👩🏽‍🔬 '.repeat(6)}`);
    expect(viet.split('\r\n').length).toBeGreaterThan(3);
    for (const part of viet.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
  });

  it('escapes backslash, semicolon, comma and newlines so that ical.js reads back every character', () => {
    const nasty = 'Hà Nội; Đà Nẵng, Huế\\ 🌏\nDòng 2\r\nDòng 3 — "trích dẫn"';
    const row: MeetingRow = {
      id: '01900000-0000-7000-8000-000000000001', version: 3, updatedAt: '2026-11-20T01:02:03.000Z', parentId: '01900000-0000-7000-8000-000000000002',
      bodyId: 'b', bodyCode: 'ASOEN', bodyNameVi: 'Quan chức; cao cấp, môi trường', bodyNameEn: 'Senior officials', pillarCode: 'ASCC', pillarNameVi: null, pillarNameEn: null,
      sequence: 35, titleVi: nasty, titleEn: 'x', startDate: '2024-12-31', endDate: '2024-12-31', city: 'Viêng-chăn, (Vientiane); Lào', countryNameVi: null, countryNameEn: null,
      format: 'in_person', status: 'planned', notes: nasty, parentTitleVi: 'Chuỗi, hội nghị', parentTitleEn: null,
    };
    const ics = renderCalendar([row], 'vi', '2026-11-21T03:00:00.000Z').toString('utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`ASOEN 35: ${nasty.replace(/\r\n/g, '\n')}`);
    expect(event.location).toBe('Viêng-chăn, (Vientiane); Lào');
    expect(event.description).toContain(nasty.replace(/\r\n/g, '\n'));
    expect(event.startDate.toString()).toBe('2024-12-31');
    expect(event.endDate.toString()).toBe('2025-01-01'); // exclusive end across a year
    expect(event.uid).toBe(`${row.id}@asoen-desk`);
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(event.component.getFirstPropertyValue('sequence')).toBe(2);
  });
});

describe('dates in documents', () => {
  it('write days and months with leading zeros', () => {
    expect(dmy('2024-08-05')).toBe('05/08/2024');
    expect(dateInWords('2024-08-05', 'vi')).toBe('ngày 05 tháng 08 năm 2024');
    expect(dateInWords('2024-08-05', 'en')).toBe('05 August 2024');
    expect(span('2024-07-28', '2024-08-01')).toBe('28/07/2024 – 01/08/2024');
    expect(span('2024-07-29', '2024-07-29')).toBe('29/07/2024');
  });
});

describe('a meeting’s city in a document', () => {
  it('takes the international name in brackets in English, and the city as typed otherwise', () => {
    const at = (city: string | null) => ({ city, countryNameVi: 'Lào', countryNameEn: 'Lao PDR' });
    expect(place(at('Viêng-chăn (Vientiane)'), 'en')).toBe('Vientiane, Lao PDR');
    expect(place(at('Viêng-chăn (Vientiane)'), 'vi')).toBe('Viêng-chăn (Vientiane), Lào');
    expect(place(at('Luang Prabang'), 'en')).toBe('Luang Prabang, Lao PDR');
    expect(place(at(null), 'en')).toBe('Lao PDR');
    expect(cityIn('Bogor, Tây Java', 'en')).toBe('Bogor, Tây Java');
  });
});
