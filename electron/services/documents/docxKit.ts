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
export function para(content: string | Array<RunSpec | string>, opts: { indent?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right'; keepNext?: boolean } = {}): Paragraph {
  const children = typeof content === 'string' ? runsOf(content, SIZE.body, { italics: opts.italics ?? false }) : content.map((r) => run(r));
  return new Paragraph({
    alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: SPACING,
    indent: opts.indent === false ? undefined : { firstLine: mm(10) },
    ...(opts.keepNext ? { keepNext: true } : {}),
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

// ---------------------------------------------------------------- measuring text (approximately)

/**
 * Advance widths of Times New Roman regular, in thousandths of an em (its font metrics, rounded);
 * Vietnamese letters measure as their base letter (the marks sit above or below it), đ/Đ as d/D.
 * Characters not listed measure as an 'n' (lower case) or an 'H' (anything else).
 */
const TNR: Record<string, number> = {
  ' ': 250, '!': 333, '"': 408, '#': 500, $: 500, '%': 833, '&': 778, "'": 180, '(': 333, ')': 333, '*': 500, '+': 564, ',': 250, '-': 333, '.': 250, '/': 278,
  '0': 500, '1': 500, '2': 500, '3': 500, '4': 500, '5': 500, '6': 500, '7': 500, '8': 500, '9': 500, ':': 278, ';': 278, '<': 564, '=': 564, '>': 564, '?': 444, '@': 921,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  '[': 333, ']': 333, _: 500,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778, n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  '–': 500, '—': 1000, '’': 333, '‘': 333, '“': 444, '”': 444, '…': 1000,
};
/** Bold Times New Roman is wider, most of all in lower case: an allowance on the regular widths. */
const BOLD_FACTOR = 1.08;

const baseLetter = (ch: string) => (ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD')[0] ?? ch);

/** The width of `text` set in Times New Roman at `halfPoints`, in twips (approximate, a little generous). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const b = baseLetter(ch);
    em += TNR[b] ?? (b === b.toLowerCase() ? 500 : 722);
  }
  // thousandths of an em × points (half-points / 2) × 20 twips a point
  return Math.ceil(((em * (bold ? BOLD_FACTOR : 1)) / 1000) * (halfPoints / 2) * 20);
}

// ---------------------------------------------------------------- the issuing body's name in lines

/**
 * Words that open a phrase of a Vietnamese or English body's name: a line may begin with one,
 * never end with one ("BỘ TÀI NGUYÊN / VÀ MÔI TRƯỜNG", "MINISTRY OF AGRICULTURE / AND ENVIRONMENT").
 */
const PHRASE_OPENERS = new Set(['VÀ', 'VỀ', 'CỦA', 'THUỘC', 'TẠI', 'CHO', 'VỚI', 'TRỰC', 'AND', 'OF', 'FOR', 'ON', 'IN', 'TO', 'AT', 'UNDER']);
/** English prepositions that may end a line after the head word, as the names are written ("MINISTRY OF / FOREIGN AFFAIRS"). */
const WEAK_OPENERS = new Set(['OF', 'FOR', 'ON', 'IN', 'TO', 'AT', 'UNDER']);

/**
 * Two-syllable words of the bodies' names (one word, written as two syllables): never broken
 * between the syllables. A name's acronyms (ASEAN, ASOEN) are words of their own.
 */
const COMPOUNDS = new Set(
  [
    'VĂN PHÒNG', 'TÀI NGUYÊN', 'MÔI TRƯỜNG', 'NÔNG NGHIỆP', 'PHÁT TRIỂN', 'NÔNG THÔN', 'HỢP TÁC', 'QUỐC TẾ', 'VIỆT NAM', 'KHOA HỌC', 'CÔNG NGHỆ', 'NGOẠI GIAO',
    'TÀI CHÍNH', 'CÔNG THƯƠNG', 'NỘI VỤ', 'Y TẾ', 'BẢO TỒN', 'THIÊN NHIÊN', 'ĐA DẠNG', 'SINH HỌC', 'CHÍNH PHỦ', 'KẾ HOẠCH', 'ĐẦU TƯ', 'GIAO THÔNG', 'VẬN TẢI',
    'XÂY DỰNG', 'GIÁO DỤC', 'ĐÀO TẠO', 'LAO ĐỘNG', 'THƯƠNG BINH', 'XÃ HỘI', 'TRUYỀN THÔNG', 'THÔNG TIN', 'BIẾN ĐỔI', 'KHÍ HẬU', 'QUẢN LÝ', 'ĐÊ ĐIỀU', 'PHÒNG CHỐNG',
    'THIÊN TAI', 'TỔNG CỤC', 'TRUNG TÂM', 'KIỂM SOÁT', 'Ô NHIỄM', 'CHẤT THẢI', 'BIỂN ĐẢO', 'ĐỊA CHẤT', 'KHOÁNG SẢN', 'KHÍ TƯỢNG', 'THỦY VĂN', 'LÂM NGHIỆP', 'THỦY SẢN',
    'KIỂM LÂM', 'VIET NAM', 'THỦ TƯỚNG', 'NHÂN DÂN', 'ỦY BAN', 'VIỆN HÀN', 'HÀN LÂM', 'PHÁP CHẾ', 'THANH TRA', 'ĐIỀU PHỐI', 'THƯ KÝ', 'CHÍNH TRỊ', 'DU LỊCH', 'VĂN HÓA', 'THỂ THAO',
  ].map((w) => w.normalize('NFC')),
);

/** A word without the punctuation around it ('PHÒNG,' → 'PHÒNG'; a dash → ''). */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Lines of a body's name set in `width` twips: the longest a line may be, measured as it is printed. */
export function issuerLines(name: string, width: number, halfPoints: number = SIZE.issuer, bold = false): string[] {
  const words = name.normalize('NFC').toUpperCase().split(/\s+/).filter(Boolean);
  const measure = (ws: string[]) => textWidth(ws.join(' '), halfPoints, bold);
  if (words.length < 2 || measure(words) <= width) return [words.join(' ')];
  // Every way of cutting the name into 2–4 lines, scored: a line that does not fit, a cut after
  // "VÀ"/"AND", a line of one syllable, a cut inside a two-syllable word are (all but) never
  // taken; a cut before a phrase opener is preferred; then the fewest lines, the most even.
  let best: { lines: string[]; score: number } | null = null;
  const n = words.length;
  const consider = (cuts: number[]) => {
    const bounds = [0, ...cuts, n];
    const lines: string[][] = [];
    for (let i = 0; i + 1 < bounds.length; i++) lines.push(words.slice(bounds[i], bounds[i + 1]));
    const widths = lines.map(measure);
    let score = 0;
    for (const w of widths) if (w > width) score += 1_000_000 + (w - width);
    // A line of one syllable is a broken word; a long English word ("DEPARTMENT") may stand alone.
    for (const line of lines) if (line.length === 1) score += bare(line[0]!).length >= 8 ? 50_000 : 200_000;
    for (const c of cuts) {
      const before = bare(words[c - 1]!);
      const after = bare(words[c]!);
      if (COMPOUNDS.has(`${before} ${after}`)) score += 100_000;
      // A dash joins two names into one ("LAO ĐỘNG - THƯƠNG BINH"): a line neither ends nor starts with it.
      if (PHRASE_OPENERS.has(before)) score += WEAK_OPENERS.has(before) ? 30_000 : 300_000;
      if (before === '' || after === '') score += 50_000;
      if (PHRASE_OPENERS.has(after)) score -= 2_000;
    }
    // Fewer lines first, then even ones (the longest line as short as can be).
    score += (lines.length - 2) * 5_000 + Math.max(...widths) - Math.min(...widths);
    if (!best || score < best.score) best = { lines: lines.map((l) => l.join(' ')), score };
  };
  const choose = (from: number, left: number, cuts: number[]) => {
    if (left === 0) return consider(cuts);
    for (let c = from; c < n; c++) choose(c + 1, left - 1, [...cuts, c]);
  };
  for (let k = 1; k <= Math.min(3, n - 1); k++) choose(1, k, []);
  return best!.lines;
}

// ---------------------------------------------------------------- the tables' columns

/** 'dd/MM/yyyy': the widest date a column of the documents shows. */
const DATE_SAMPLE = '00/00/0000';
/** The cells' margins, left and right (CELL_MARGINS_XML), and a little room for the approximation. */
const CELL_PADDING = 80 + 80 + 60;
/** No column asks for more than this share of the text width, however long a word (an e-mail address) it holds. */
const MAX_COLUMN_SHARE = 0.4;

/** The narrowest a column may be: its longest single word (bold in the header) and, if it shows dates, a date. */
export function columnMinimum(header: string, cells: string[]): number {
  const longest = (text: string, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, SIZE.table, bold)));
  let need = longest(header, true);
  for (const c of cells) need = Math.max(need, longest(c, false));
  if (cells.some((c) => /\d{2}\/\d{2}\/\d{4}/.test(c))) need = Math.max(need, textWidth(DATE_SAMPLE, SIZE.table));
  return Math.min(Math.round(TEXT_WIDTH * MAX_COLUMN_SHARE), need + CELL_PADDING);
}

/**
 * The columns' widths in twips, summing to the text width: as the relative widths ask, except
 * that no column is narrower than its longest word or a date (columnMinimum); what those take
 * comes from the other columns, in proportion.
 */
export function columnWidths(headers: string[], rows: string[][], relWidths: number[]): number[] {
  const mins = headers.map((h, i) => columnMinimum(h, rows.map((r) => r[i] ?? '')));
  const fixed = new Map<number, number>();
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= TEXT_WIDTH) return mins.map((m) => Math.floor((m / minSum) * TEXT_WIDTH));
  for (;;) {
    const free = relWidths.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = TEXT_WIDTH - [...fixed.values()].reduce((a, b) => a + b, 0);
    const relFree = free.reduce((a, i) => a + relWidths[i]!, 0);
    const short = free.filter((i) => (relWidths[i]! / relFree) * room < mins[i]!);
    if (!short.length) {
      return relWidths.map((w, i) => fixed.get(i) ?? Math.floor((w / relFree) * room));
    }
    for (const i of short) fixed.set(i, mins[i]!);
  }
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
 * A ruled table; widths are relative and scaled to the text width, no column narrower than its
 * longest word or a date (columnWidths). The header row repeats on
 * every page. Columns listed in `centred` (e.g. No., dates) are centred. Written as text (see
 * RawBlock): tests/unit/docx-table.test.ts checks it against what `docx` writes for the same table.
 */
export function table(headers: string[], rows: string[][], relWidths: number[], centred: number[] = []): RawBlock {
  const widths = columnWidths(headers, rows, relWidths);
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
const GAPS = new WeakSet<Paragraph>();
export const gap = (): Paragraph => {
  const p = new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', SIZE.body)] });
  GAPS.add(p);
  return p;
};

/**
 * Ends a document with its closing (the signature block): the last rows of a table just before it
 * are kept on the closing's page, so the signature never stands alone on a page of its own (a
 * signer signs under the text, not on an empty sheet).
 */
export function endWith(blocks: Block[], closing: Block[]): void {
  while (blocks.length && blocks[blocks.length - 1] instanceof Paragraph && GAPS.has(blocks[blocks.length - 1] as Paragraph)) blocks.pop();
  const last = blocks[blocks.length - 1];
  if (last instanceof RawBlock) {
    // Its last two rows' paragraphs keep with the next: the rows and the closing move together.
    const rows = last.xml.split('<w:tr>');
    const kept = rows.map((row, i) => (i >= rows.length - 2 && i > 1 ? row.replace(/<w:pPr>/g, '<w:pPr><w:keepNext/>') : row));
    blocks[blocks.length - 1] = new RawBlock(kept.join('<w:tr>'));
    blocks.push(new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [run('', SIZE.body)] }));
  } else if (last) {
    blocks.push(new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [run('', SIZE.body)] }));
  }
  blocks.push(...closing);
}

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
  /**
   * The number and symbol under the issuing body: 'Số: 12/BC-VPASEAN'; an empty number leaves
   * the blank the clerk fills in when the document is registered. Without it, no line.
   */
  reference?: { number: string; symbol: string };
  /** Whom the document is addressed to: 'Kính gửi: …' / 'To: …' under the title (one line each). */
  recipients?: string[];
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

/**
 * The marking of a classified document (Law 29/2018/QH14; Circular 24/2020/TT-BCA, forms 02 and
 * 19): the stamp "MẬT" / "TỐI MẬT" / "TUYỆT MẬT", upper case, 13 pt bold, boxed, in red, under
 * the number and symbol of the document. The footer repeats it on every page (buildDocument).
 */
export function classificationMark(mark: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 80, after: 0 },
    children: [
      new TextRun({
        text: ` ${mark.toUpperCase()} `,
        font: FONT,
        size: SIZE.issuer,
        bold: true,
        color: 'C00000',
        border: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 1 },
      }),
    ],
  });
}

/** 'Số: 12/BC-VPASEAN', or with no number yet 'Số:      /BC-VPASEAN' (the clerk writes it in). */
export function referenceLine(reference: { number: string; symbol: string }, lang: Lang): string {
  const label = lang === 'vi' ? 'Số:' : 'No.:';
  const number = reference.number.trim();
  return number ? `${label} ${number}/${reference.symbol}` : `${label}\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/${reference.symbol}`;
}

/** Lines of a list as administrative documents close them: '- A;' … '- Z.' (what the officer typed ends kept). */
export function listLines(lines: string[]): string[] {
  const clean = lines.map((l) => l.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]\s*$/, '')).filter(Boolean);
  return clean.map((l, i) => `- ${l}${i === clean.length - 1 ? '.' : ';'}`);
}

/** 'Kính gửi: X.' centred; several: 'Kính gửi:' then '- A;' '- B.' in a block set under it. */
function recipientsBlock(recipients: string[], lang: Lang): Paragraph[] {
  const label = lang === 'vi' ? 'Kính gửi:' : 'To:';
  const lines = recipients.map((r) => r.trim()).filter(Boolean);
  if (!lines.length) return [];
  const spacing = { before: 240, after: 0, line: 276, lineRule: LineRuleType.AUTO } as const;
  if (lines.length === 1) {
    const only = lines[0]!.replace(/[;.,]\s*$/, '');
    return [new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [run(`${label} ${only}.`)] })];
  }
  // The label on the first line, the recipients under one another after it (a hanging indent).
  const labelWidth = textWidth(`${label} `, SIZE.body) + 60;
  const items = listLines(lines);
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing,
      indent: { left: Math.round(TEXT_WIDTH * 0.22) + labelWidth, hanging: labelWidth },
      children: [run(`${label} `), ...items.map((l, i) => new TextRun({ text: l, font: FONT, size: SIZE.body, break: i > 0 ? 1 : 0 }))],
    }),
  ];
}

/** The issuing body's name on its lines, as the office writes it (issuerLines), joined by line breaks. */
function nameRuns(lines: string[], halfPoints: number, bold: boolean): TextRun[] {
  return lines.map((l, i) => new TextRun({ text: l, font: FONT, size: halfPoints, bold, break: i > 0 ? 1 : 0 }));
}

/** The national title block: issuing body on the left, national title and motto on the right, number and symbol opposite place and date, then the title. */
export function titleBlock(t: TitleBlock): Block[] {
  const left = Math.round(TEXT_WIDTH * 0.38);
  const right = TEXT_WIDTH - left;
  const nationalTitle = t.lang === 'vi' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'SOCIALIST REPUBLIC OF VIET NAM';
  const motto = t.lang === 'vi' ? 'Độc lập - Tự do - Hạnh phúc' : 'Independence - Freedom - Happiness';
  const placeDate = t.lang === 'vi' ? `${t.city}, ${dateInWords(t.date, 'vi')}` : `${t.city}, ${dateInWords(t.date, 'en')}`;
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const plainCell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, margins: { left: 0, right: 0 }, children });
  // Under the issuing body: the number and symbol, and under them the marking of a classified document.
  const underIssuer: Paragraph[] = [];
  if (t.reference) underIssuer.push(centred([new TextRun({ text: referenceLine(t.reference, t.lang), font: FONT, size: SIZE.issuer })], { before: 160 }));
  if (t.classification) underIssuer.push(classificationMark(t.classification));
  if (!underIssuer.length) underIssuer.push(centred([new TextRun({ text: '', font: FONT, size: SIZE.issuer })]));
  const header = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          plainCell(left, [
            ...(t.ministry ? [centred(nameRuns(issuerLines(t.ministry, left, SIZE.issuer, false), SIZE.issuer, false))] : []),
            centred(nameRuns(issuerLines(t.office, left, SIZE.issuer, true), SIZE.issuer, true)),
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
          plainCell(left, underIssuer),
          plainCell(right, [centred([new TextRun({ text: placeDate, font: FONT, size: SIZE.body, italics: true })], { before: 160 })]),
        ],
      }),
    ],
  });
  const out: Block[] = [header];
  out.push(centred([new TextRun({ text: t.title.toUpperCase(), font: FONT, size: SIZE.body, bold: true })], { before: 360 }));
  for (const s of t.subtitle) out.push(centred([new TextRun({ text: s, font: FONT, size: SIZE.body, bold: true })], { before: 60 }));
  out.push(centred([new TextRun({ text: '', font: FONT, size: SIZE.body })], { border: true, indent: Math.round(TEXT_WIDTH * 0.4) }));
  out.push(...recipientsBlock(t.recipients ?? [], t.lang));
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
  const blocks = spec.blocks.map((b) => {
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

/**
 * The administrative frame a document is exported with (electron/contract/documents.ts): its
 * number and symbol, whom it is addressed to, who signs it, who receives copies.
 */
export interface DocumentFrame {
  number: string;
  symbol: string;
  recipients: string[];
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  copiesTo: string[];
}

/** The frame's parts as titleBlock and signature take them (nothing when there is no frame). */
export function frameParts(frame: DocumentFrame | undefined): { title: Pick<TitleBlock, 'reference' | 'recipients'>; signature: SignatureFrame | undefined } {
  if (!frame) return { title: {}, signature: undefined };
  return {
    title: { reference: { number: frame.number, symbol: frame.symbol }, recipients: frame.recipients },
    signature: { authority: frame.signerAuthority, title: frame.signerTitle, name: frame.signerName, copiesTo: frame.copiesTo },
  };
}

/** Who signs and who receives copies: the closing of an administrative document (Decree 30/2020, Appendix I). */
export interface SignatureFrame {
  /** 'KT. CHÁNH VĂN PHÒNG', 'TL. BỘ TRƯỞNG'…: the authority the signer signs with; '' when signing in their own right. */
  authority?: string;
  /** 'PHÓ CHÁNH VĂN PHÒNG'; '' gives the office's name. */
  title?: string;
  /** The signer's full name, under the space for the signature; '' leaves the space. */
  name?: string;
  /** 'Nơi nhận' / 'Recipients' lines: '- Như trên;' … '- Lưu: VT, VPASEAN.' */
  copiesTo?: string[];
}

const SIGNATURE_SPACE = 5; // empty lines for the signature and the seal

/**
 * The signature block at the end: the authority and the signer's title in bold capitals, the
 * space for the signature, the name in bold; opposite it, bottom left, "Nơi nhận:" in 12 pt bold
 * italic over its lines in 11 pt (a borderless two-column table, as the decree lays it out).
 * Without a frame: the office's name, right-aligned, and a note that the draft came from the desk.
 */
export function signature(office: string, lang: Lang, frame?: SignatureFrame): Block[] {
  const draftNote = lang === 'vi' ? '(Dự thảo do ASOEN Desk lập)' : '(Draft prepared with ASOEN Desk)';
  if (!frame) {
    return [
      new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360, after: 0 }, children: [run({ text: office.toUpperCase(), bold: true })] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 }, children: [run({ text: draftNote, italics: true }, SIZE.table)] }),
    ];
  }
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
  const line = (text: string, size: number, opts: { bold?: boolean; italics?: boolean; align?: 'left' | 'center' } = {}) =>
    new Paragraph({
      alignment: opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      spacing: tight,
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text, font: FONT, size, bold: opts.bold ?? false, italics: opts.italics ?? false })],
    });
  const copies = listLines(frame.copiesTo ?? []);
  const leftCell: Paragraph[] = copies.length
    ? [line(lang === 'vi' ? 'Nơi nhận:' : 'Recipients:', 24, { bold: true, italics: true, align: 'left' }), ...copies.map((c) => line(c, 22, { align: 'left' }))]
    : [line('', 22, { align: 'left' })];
  const authority = frame.authority?.trim() ?? '';
  const title = frame.title?.trim() || office;
  const name = frame.name?.trim() ?? '';
  const rightCell: Paragraph[] = [
    ...(authority ? [line(authority.toUpperCase(), SIZE.body, { bold: true })] : []),
    line(title.toUpperCase(), SIZE.body, { bold: true }),
    ...Array.from({ length: SIGNATURE_SPACE }, () => line('', SIZE.body)),
    name ? line(name, SIZE.body, { bold: true }) : line(draftNote, SIZE.table, { italics: true }),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, margins: { left: 0, right: 0 }, children });
  return [
    new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      rows: [new TableRow({ cantSplit: true, children: [cell(left, leftCell), cell(right, rightCell)] })],
    }),
  ];
}
