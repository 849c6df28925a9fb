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
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { dateInWords, type Lang } from './format';

const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** A4 in twips (1/1440 inch). */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
export const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt tables and the motto, 12 pt national title. */
export const SIZE = { body: 28, table: 26, motto: 26, nationalTitle: 24, issuer: 26 } as const;
const SPACING = { before: 120, after: 0, line: 300, lineRule: LineRuleType.AUTO } as const; // 6 pt before, 1.25 lines

export type Block = Paragraph | Table;

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

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(text: string, width: number, opts: { header?: boolean; align?: 'left' | 'center' } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.header || opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO },
        children: runsOf(text, SIZE.table, { bold: opts.header ?? false }),
      }),
    ],
  });
}

/**
 * A ruled table; widths are relative and scaled to the text width. The header row repeats on
 * every page. Columns listed in `centred` (e.g. No., dates) are centred.
 */
export function table(headers: string[], rows: string[][], relWidths: number[], centred: number[] = []): Table {
  const total = relWidths.reduce((a, b) => a + b, 0);
  const widths = relWidths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, widths[i]!, { header: true })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, { align: centred.includes(i) ? 'center' : 'left' })) })),
    ],
  });
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

export function buildDocument(spec: DocumentSpec): Document {
  const blocks = spec.classification ? [...spec.blocks, gap(), classificationMark(spec.classification)] : spec.blocks;
  return new Document({
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
}

export async function renderDocx(spec: DocumentSpec): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(spec));
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
