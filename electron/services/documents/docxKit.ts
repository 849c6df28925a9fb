// Word documents laid out by Decree 30/2020/NĐ-CP (format of administrative documents): A4
// portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; body
// 14 pt justified, at least 6 pt between paragraphs, line spacing within single–1.5; page
// numbers centred in the top margin from the second page on; the national title (12–13 pt bold
// capitals) and motto (13–14 pt bold) opposite the issuing body; dates with leading zeros.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { randomUUID } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { dateInWords, type Lang } from '../exports/format';

const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** A4 in twips (1/1440 inch). */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt tables and the motto, 12 pt national title. */
export const SIZE = { body: 28, table: 26, motto: 26, nationalTitle: 24, issuer: 26 } as const;
const SPACING = { before: 120, after: 0, line: 300, lineRule: LineRuleType.AUTO } as const; // 6 pt before, 1.25 lines

/**
 * A block whose WordprocessingML is written here as text, byte for byte what `docx` writes for
 * the same table (see `table`): `docx` builds an object per element and then an object tree per
 * element before the text (~20 elements a table cell, 2,000 cells in an annual report: 0.4-0.8 s
 * for a 50 KB document); the text costs a few milliseconds.
 */
export class RawBlock {
  constructor(readonly xml: string) {}
}

export type Block = Paragraph | Table | RawBlock;

/** Text and attribute values escaped as `docx` escapes them (characters XML cannot hold dropped). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// XML 1.0 cannot hold these control characters: docx drops them, and so does this.
// eslint-disable-next-line no-control-regex
const escapeXml = (v: string) => v.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

export interface RunSpec {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

const run = (r: RunSpec | string, size: number = SIZE.body): TextRun =>
  typeof r === 'string' ? new TextRun({ text: r, font: FONT, size }) : new TextRun({ text: r.text, font: FONT, size, bold: r.bold ?? false, italics: r.italics ?? false });

/** Text with line breaks kept as breaks (notes typed in a form have them). */
function runsOf(text: string, size: number, opts: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, font: FONT, size, bold: opts.bold ?? false, italics: opts.italics ?? false, break: i > 0 ? 1 : 0 }));
}

/** A body paragraph: justified, 14 pt, first line indented as in administrative documents. */
export function para(content: string | Array<RunSpec | string>, opts: { indent?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right' } = {}): Paragraph {
  const children = typeof content === 'string' ? runsOf(content, SIZE.body, { italics: opts.italics ?? false }) : content.map((r) => run(r));
  return new Paragraph({
    alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: SPACING,
    indent: opts.indent === false ? undefined : { firstLine: mm(10) },
    children,
  });
}

/** "I. MEETING PARTICULARS": a numbered section heading, bold. */
export function heading(text: string): Paragraph {
  // Left-aligned: a justified heading that wraps spreads its first line.
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { ...SPACING, before: 240 }, indent: { firstLine: mm(10) }, keepNext: true, children: [run({ text, bold: true })] });
}

/** A sub-heading, bold italic. */
export function subheading(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: SPACING, indent: { firstLine: mm(10) }, keepNext: true, children: [run({ text, bold: true, italics: true })] });
}

/** "- text": the dash list of Vietnamese administrative documents. */
export function dash(content: string | Array<RunSpec | string>): Paragraph {
  const children = typeof content === 'string' ? runsOf(`- ${content}`, SIZE.body) : [run('- '), ...content.map((r) => run(r))];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: SPACING, indent: { firstLine: mm(10) }, children });
}

/** "Label: value" as a dash line with the label in bold. */
export function field(label: string, value: string): Paragraph {
  return dash([{ text: `${label}: `, bold: true }, value || '—']);
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const LINE_XML = `w:val="single" w:color="000000" w:sz="4"`;
const CELL_MARGINS_XML = `<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>`;
const tableRunProps = (bold: boolean) =>
  `<w:rPr><w:rFonts w:ascii="${escapeXml(FONT)}" w:cs="${escapeXml(FONT)}" w:eastAsia="${escapeXml(FONT)}" w:hAnsi="${escapeXml(FONT)}"/>` +
  (bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>') +
  `<w:i w:val="false"/><w:iCs w:val="false"/><w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/></w:rPr>`;
const TABLE_RUN_PROPS = { header: tableRunProps(true), body: tableRunProps(false) };

/** A table cell: one paragraph, 13 pt, its lines kept as line breaks; a header cell bold, shaded and centred. */
function cellXml(text: string, width: number, opts: { header?: boolean; align?: 'left' | 'center' } = {}): string {
  const rPr = opts.header ? TABLE_RUN_PROPS.header : TABLE_RUN_PROPS.body;
  const runs = text
    .split(/\r?\n/)
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
    (opts.header ? '<w:shd w:fill="E7E6E6" w:color="auto" w:val="clear"/>' : '') +
    `${CELL_MARGINS_XML}<w:vAlign w:val="top"/></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="${opts.header || opts.align === 'center' ? 'center' : 'left'}"/></w:pPr>${runs}</w:p></w:tc>`
  );
}

/**
 * A ruled table; widths are relative and scaled to the text width. The header row repeats on
 * every page. Columns listed in `centred` (e.g. No., dates) are centred. Written as text (see
 * RawBlock): tests/unit/docx-table.test.ts checks it against what `docx` writes for the same table.
 */
export function table(headers: string[], rows: string[][], relWidths: number[], centred: number[] = []): RawBlock {
  const total = relWidths.reduce((a, b) => a + b, 0);
  const widths = relWidths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${LINE_XML}/>`).join('');
  const out = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${headers.map((h, i) => cellXml(h, widths[i]!, { header: true })).join('')}</w:tr>`,
  ];
  for (const r of rows) out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cellXml(c, widths[i]!, { align: centred.includes(i) ? 'center' : 'left' })).join('')}</w:tr>`);
  out.push('</w:tbl>');
  return new RawBlock(out.join(''));
}

/** A short paragraph used as a spacer after a table (Word needs a paragraph between blocks). */
export const gap = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', SIZE.body)] });

export interface TitleBlock {
  lang: Lang;
  /** The ministry, above the issuing office (upper case is applied here). */
  ministry: string | null;
  office: string;
  /** 'Hà Nội' / 'Ha Noi'. */
  city: string;
  /** 'YYYY-MM-DD' of the document. */
  date: string;
  /** The document's kind and title, e.g. 'ĐỀ CƯƠNG', then its subject lines. */
  title: string;
  subtitle: string[];
  /** 'MẬT'/'TỐI MẬT'/'TUYỆT MẬT' marking, or '' for none. */
  classification: string;
}

function centred(children: ParagraphChild[], opts: { border?: boolean; indent?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: opts.border ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
    indent: opts.indent ? { left: opts.indent, right: opts.indent } : undefined,
    children,
  });
}

/** The marking of a classified document, boxed, as the first and last thing on it. */
export function classificationMark(mark: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 120 },
    children: [
      new TextRun({
        text: ` ${mark} `,
        font: FONT,
        size: SIZE.body,
        bold: true,
        color: 'C00000',
        border: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 1 },
      }),
    ],
  });
}

/** The national title block: issuing body on the left, national title and motto on the right, place and date, then the title. */
export function titleBlock(t: TitleBlock): Block[] {
  const left = Math.round(TEXT_WIDTH * 0.38);
  const right = TEXT_WIDTH - left;
  const nationalTitle = t.lang === 'vi' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'SOCIALIST REPUBLIC OF VIET NAM';
  const motto = t.lang === 'vi' ? 'Độc lập - Tự do - Hạnh phúc' : 'Independence - Freedom - Happiness';
  const placeDate = t.lang === 'vi' ? `${t.city}, ${dateInWords(t.date, 'vi')}` : `${t.city}, ${dateInWords(t.date, 'en')}`;
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const plainCell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, margins: { left: 0, right: 0 }, children });
  const header = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          plainCell(left, [
            ...(t.ministry ? [centred([new TextRun({ text: t.ministry.toUpperCase(), font: FONT, size: SIZE.issuer })])] : []),
            centred([new TextRun({ text: t.office.toUpperCase(), font: FONT, size: SIZE.issuer, bold: true })]),
            // The short rule under the issuing body: a third of the column, centred.
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
              indent: { left: Math.round(left / 3), right: Math.round(left / 3) },
              children: [],
            }),
          ]),
          plainCell(right, [
            centred([new TextRun({ text: nationalTitle, font: FONT, size: SIZE.nationalTitle, bold: true })]),
            // The line under the motto is as long as the motto.
            centred([new TextRun({ text: motto, font: FONT, size: SIZE.motto, bold: true })], { border: true, indent: Math.round(right * (t.lang === 'vi' ? 0.2 : 0.12)) }),
          ]),
        ],
      }),
      new TableRow({
        children: [
          plainCell(left, [centred([new TextRun({ text: '', font: FONT, size: SIZE.issuer })])]),
          plainCell(right, [centred([new TextRun({ text: placeDate, font: FONT, size: SIZE.body, italics: true })], { before: 160 })]),
        ],
      }),
    ],
  });
  const out: Block[] = [];
  if (t.classification) out.push(classificationMark(t.classification));
  out.push(header);
  out.push(centred([new TextRun({ text: t.title.toUpperCase(), font: FONT, size: SIZE.body, bold: true })], { before: 360 }));
  for (const s of t.subtitle) out.push(centred([new TextRun({ text: s, font: FONT, size: SIZE.body, bold: true })], { before: 60 }));
  out.push(centred([new TextRun({ text: '', font: FONT, size: SIZE.body })], { border: true, indent: Math.round(TEXT_WIDTH * 0.4) }));
  return out;
}

/** The page number, centred in the top margin (not on the first page: the section has a title page). */
function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.table })] })],
  });
}

function markFooter(mark: string): Footer {
  return new Footer({ children: mark ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: mark, font: FONT, size: SIZE.table, bold: true, color: 'C00000' })] })] : [] });
}

export interface DocumentSpec {
  title: string;
  subject: string;
  lang: Lang;
  blocks: Block[];
  classification: string;
}

/**
 * The document with a placeholder paragraph for each RawBlock (its text `${nonce}-${index}`),
 * and the blocks that replace them.
 */
export function buildDocument(spec: DocumentSpec, nonce: string = randomUUID()): { document: Document; raw: string[] } {
  const raw: string[] = [];
  const blocks = (spec.classification ? [...spec.blocks, gap(), classificationMark(spec.classification)] : spec.blocks).map((b) => {
    if (!(b instanceof RawBlock)) return b;
    raw.push(b.xml);
    return new Paragraph({ children: [new TextRun(`${nonce}-${raw.length - 1}`)] });
  });
  const document = new Document({
    creator: 'ASOEN Desk',
    title: spec.title,
    subject: spec.subject,
    description: 'ASOEN Desk',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: spec.lang === 'vi' ? 'vi-VN' : 'en-GB' } },
          paragraph: { spacing: SPACING, alignment: AlignmentType.JUSTIFIED },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGINS },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        footers: { default: markFooter(spec.classification), first: markFooter(spec.classification) },
        children: blocks,
      },
    ],
  });
  return { document, raw };
}

/** The files of the package as `docx` compiles them (its Packer zips these), by path, in order. */
type PackageFiles = Map<string, string | Uint8Array>;
const compiler = (Packer as unknown as { compiler?: { compile(file: Document): PackageFiles } }).compiler;

/**
 * The .docx: `docx` writes every part (styles, headers, relationships, properties...) and the
 * body with its placeholders, which are then replaced by the RawBlocks' XML; zipped here with
 * zlib (the DEFLATE of the platform, not a JavaScript one).
 */
export async function renderDocx(spec: DocumentSpec): Promise<Buffer> {
  const nonce = randomUUID();
  const { document, raw } = buildDocument(spec, nonce);
  if (!compiler) throw new Error('docx: Packer.compiler is missing (a docx version this code was not written for)');
  const files = compiler.compile(document);
  const body = files.get('word/document.xml');
  if (typeof body !== 'string') throw new Error('docx: word/document.xml was not compiled as text');
  let replaced = 0;
  const placeholder = new RegExp(`<w:p><w:r><w:t xml:space="preserve">${nonce}-(\\d+)</w:t></w:r></w:p>`, 'g');
  files.set(
    'word/document.xml',
    body.replace(placeholder, (_m, i: string) => {
      replaced++;
      return raw[Number(i)]!;
    }),
  );
  if (replaced !== raw.length) throw new Error(`docx: ${replaced} of ${raw.length} blocks placed`);
  return Promise.resolve(zipFiles(files));
}

/**
 * A zip file of `files`, each DEFLATE-compressed, in the given order, names in UTF-8, dated
 * 1980-01-01 (the zip format's first day: the same files give the same bytes).
 */
export function zipFiles(files: PackageFiles): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const packed = deflateRawSync(raw);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (DEFLATE)
    local.writeUInt16LE(0x0800, 6); // the name is UTF-8
    local.writeUInt16LE(8, 8); // DEFLATE
    local.writeUInt16LE(0, 10); // 00:00:00
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    local.copy(entry, 6, 4, 30); // version needed ... name length, as in the local header
    entry.writeUInt32LE(offset, 42);
    out.push(local, fileName, packed);
    central.push(entry, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** The signature block at the end: the office, right-aligned, bold capitals. */
export function signature(office: string, lang: Lang): Block[] {
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360, after: 0 }, children: [run({ text: office.toUpperCase(), bold: true })] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 0, after: 0 },
      children: [run({ text: lang === 'vi' ? '(Dự thảo do ASOEN Desk lập)' : '(Draft prepared with ASOEN Desk)', italics: true }, SIZE.table)],
    }),
  ];
}
