// The ruled tables of the documents are written as text (docxKit's RawBlock), not through the
// `docx` objects: the text must be, byte for byte, what `docx` writes for the same table, for any
// cell text (escaping, line breaks, characters XML cannot hold), widths and centred columns.
import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { columnWidths, FONT, renderDocx, SIZE, table, TEXT_WIDTH } from '../../electron/services/documents/docxKit';

/** The table as docxKit built it with `docx` objects before it was written as text. */
function docxTable(headers: string[], rows: string[][], relWidths: number[], centred: number[]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const runsOf = (text: string, bold: boolean) =>
    text.split(/\r?\n/).map((l, i) => new TextRun({ text: l, font: FONT, size: SIZE.table, bold, italics: false, break: i > 0 ? 1 : 0 }));
  const cell = (text: string, width: number, header: boolean, center: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: header || center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO },
          children: runsOf(text, header),
        }),
      ],
    });
  const widths = columnWidths(headers, rows, relWidths);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, widths[i]!, true, false)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, false, centred.includes(i))) })),
    ],
  });
}

async function bodyOf(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', 'Đ', 'ễ', ' ', '\n', '\r\n', '\r', '\t', '&', '<', '>', '"', "'", '\u0001', '\u001f', '\u0000', '{x}', '😀'), maxLength: 12 }),
);
const shape = fc.integer({ min: 1, max: 5 }).chain((cols) =>
  fc.record({
    headers: fc.array(text, { minLength: cols, maxLength: cols }),
    rows: fc.array(fc.array(text, { minLength: cols, maxLength: cols }), { maxLength: 4 }),
    relWidths: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: cols, maxLength: cols }),
    centred: fc.subarray([0, 1, 2, 3, 4]),
  }),
);

describe('the ruled table written as text', () => {
  it('is what docx writes for the same table', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async ({ headers, rows, relWidths, centred }) => {
        const expected = await bodyOf(await Packer.toBuffer(new Document({ sections: [{ children: [docxTable(headers, rows, relWidths, centred)] }] })));
        const spec = { title: 't', subject: 's', lang: 'vi' as const, classification: '' };
        const actual = await bodyOf(await renderDocx({ ...spec, blocks: [table(headers, rows, relWidths, centred)] }));
        expect(actual).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('takes its place among the other blocks, and a text that looks like a placeholder stays text', async () => {
    const { para } = await import('../../electron/services/documents/docxKit');
    const doc = await renderDocx({
      title: 't',
      subject: 's',
      lang: 'en',
      classification: '',
      blocks: [para('before'), table(['A'], [['0-0']], [1]), para('between'), table(['B'], [], [1]), para('after')],
    });
    const body = await bodyOf(doc);
    const texts = [...body.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:tbl>/g)].map((m) => m[1] ?? 'table');
    expect(texts).toEqual(['before', 'table', 'A', '0-0', 'between', 'table', 'B', 'after']);
  });
});
