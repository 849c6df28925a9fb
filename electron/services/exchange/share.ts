// The exchange folder on the shared drive (docs: ../shared/EXCHANGE.md, "A design that meets it"):
//   exchange.json                      created once, exclusively: exchange id, format
//   devices/<replica>/device.json      laptop name, officer, app version
//   devices/<replica>/head.json        last sequence, its batches with SHA-256, schema, what it applied
//   devices/<replica>/b-000000042.asx  an immutable batch: gzip of JSON lines, header + lines + trailer
// Only the owner writes in its folder. Nothing is locked, nothing is inferred from absence, and a
// reader opens only the batches it has not applied, by name. Every file is checked (SHA-256 listed
// in the head, the chain of previous SHA-256, the sequence, the exchange id, the trailer) before
// a line of it is applied: a damaged, replayed or foreign file is skipped with a message naming
// the laptop and the file, and tried again next round.
import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Messages } from '../../../db/errors';
import { atomicWrite } from '../files/atomicWrite';
import type { ExportFs } from '../files/fs';
import { realFs } from '../files/fs';
import { errnoOf } from '../files/fsErrors';
import { claimTempFile, releaseTempFile } from '../files/tempFiles';
import type { Line } from '../../../db/exchange/outbox';
import type { SnapshotConflict, SnapshotRecord, SnapshotState } from '../../../db/exchange/snapshot';

export const BATCH_FORMAT = 'asoen-exchange-batch/1';
/** /2: a head may list packs and a snapshot (a head of /1 is read as one without them). */
export const HEAD_FORMAT = 'asoen-exchange-head/2';
/** /2: each batch without the checksums a reader finds again (its trailer, and its previous batch's SHA-256); /1 is still read. */
export const PACK_FORMAT = 'asoen-exchange-pack/2';
/**
 * /2: each record lists its writes once (`w`: clock value, laptop, officer, laptop name) and each
 * register's heads point into that list: a record written whole by one change repeats no clock value
 * (the snapshot of a heavy year, 10 laptops × 40 changes a day × 250 days, went from 9.2 MB to 1.05 MB). /1 (every head whole) is still read.
 */
export const SNAPSHOT_FORMAT = 'asoen-exchange-snapshot/2';
export const EXCHANGE_FORMAT = 'asoen-exchange/1';

/**
 * The version of a format name ('asoen-exchange-pack/1' → 1), or null when it is not one of
 * `kind`'s. A version above the one this app writes comes from a newer app: it is held ("update
 * this laptop"), never read as if it were an older one.
 */
export function formatVersion(format: unknown, kind: string): number | null {
  if (typeof format !== 'string' || !format.startsWith(`${kind}/`)) return null;
  const n = Number(format.slice(kind.length + 1));
  return Number.isInteger(n) && n > 0 ? n : null;
}
export const versionOf = (format: string) => Number(format.slice(format.lastIndexOf('/') + 1));
export const kindOf = (format: string) => format.slice(0, format.lastIndexOf('/'));

/** The file system calls of the exchange: the export services' ones, and a folder listing. */
export interface ExchangeFs extends ExportFs {
  readdir(folder: string): Promise<string[]>;
}

export const realExchangeFs: ExchangeFs = { ...realFs, readdir: (p) => readdir(p) };

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
export const batchName = (seq: number) => `b-${String(seq).padStart(9, '0')}.asx`;
export const packName = (from: number, to: number) => `pack-${String(from).padStart(9, '0')}-${String(to).padStart(9, '0')}.asx`;
export const devicesDir = (folder: string) => path.join(folder, 'devices');
export const deviceDir = (folder: string, replica: string) => path.join(devicesDir(folder), replica);

export interface BatchHeader {
  format: string;
  exchangeId: string;
  replica: string;
  seq: number;
  /** SHA-256 of the previous batch file of this replica ('' for the first). */
  prev: string;
  schema: number;
  /** The oldest schema that can read it. */
  minSchema: number;
  /** What the publisher had applied of each other laptop: this batch waits for those. */
  deps: Record<string, number>;
}

export interface Batch {
  header: BatchHeader;
  lines: Line[];
  sha256: string;
  file: string;
  /** Its text as its own file held it once unzipped (header, lines, trailer): kept as it is by a laptop applying it (relay.ts). */
  text: string;
}

/** A batch file listed in its owner's head. */
export interface BatchEntry {
  seq: number;
  file: string;
  sha256: string;
  bytes: number;
  /** How many lines it carries (heads written before packs did not say). */
  lines?: number;
  deps?: Record<string, number>;
}

/** A pack: batches from..to of its owner consolidated into one file (its own SHA-256 here; each batch's in the pack's index). */
export interface PackEntry {
  file: string;
  sha256: string;
  bytes: number;
  from: number;
  to: number;
  lines: number;
}

/** A snapshot: the whole exchanged state of its writer, covering each laptop's batches up to a sequence (and that batch's SHA-256). */
export interface SnapshotEntry {
  file: string;
  sha256: string;
  bytes: number;
  format: string;
  covers: Record<string, { seq: number; sha256: string }>;
  records: number;
}

export interface HeadFile {
  format: string;
  exchangeId: string;
  replica: string;
  lastSeq: number;
  /** The batch files not packed yet, each with its SHA-256. */
  batches: BatchEntry[];
  /** The packs of earlier batches, in order (absent: none). */
  packs?: PackEntry[];
  /** The latest snapshot this laptop wrote (absent: none). */
  snapshot?: SnapshotEntry;
  schema: number;
  applied: Record<string, number>;
  /** A hash of the publisher's token: a laptop recognises its own head (a publish cut short before it was recorded). */
  publisher: string;
  /** The last outbox entry this head's batches carry. */
  outboxTo: number;
}

/** The text of a batch (header, lines, trailer), as its file holds it once unzipped. */
export function batchText(header: BatchHeader, lines: readonly Line[]): string {
  const body = [JSON.stringify(header), ...lines.map((l) => JSON.stringify(l))].join('\n');
  const trailer = JSON.stringify({ count: lines.length, sha256: sha256(body) });
  return `${body}\n${trailer}\n`;
}

/** The bytes of a batch: deterministic for the same header and lines (a damaged file is rewritten identically). */
export function encodeBatch(header: BatchHeader, lines: readonly Line[]): Buffer {
  return gzipSync(Buffer.from(batchText(header, lines), 'utf8'), { level: 6 });
}

export class ShareProblem extends Error {
  constructor(
    readonly messages: Messages,
    readonly kind: 'damaged' | 'foreign' | 'newer' | 'missing' | 'unreachable',
  ) {
    super(messages.en);
  }
}

export type ShareLabel = { laptop: string; file: string };

export const damagedProblem = (label: ShareLabel) =>
  new ShareProblem(
    {
      vi: `Tệp ${label.file} của máy ${label.laptop} bị hỏng hoặc không đầy đủ: tạm bỏ qua, sẽ thử lại ở lần trao đổi sau. Dữ liệu của các máy khác vẫn được nhận.`,
      en: `The file ${label.file} from laptop ${label.laptop} is damaged or incomplete: skipped for now and tried again at the next exchange. Other laptops' changes are still taken in.`,
    },
    'damaged',
  );

export const newerProblem = (label: ShareLabel) =>
  new ShareProblem(
    {
      vi: `Máy ${label.laptop} dùng phiên bản mới hơn của ASOEN Desk: hãy cập nhật máy này. Các thay đổi của máy đó được giữ lại và sẽ được nhận sau khi cập nhật.`,
      en: `Laptop ${label.laptop} runs a newer version of ASOEN Desk: update this laptop. Its changes are held and will be taken in after the update.`,
    },
    'newer',
  );

export const foreignProblem = (label: ShareLabel) =>
  new ShareProblem(
    {
      vi: `Tệp ${label.file} trong thư mục của máy ${label.laptop} thuộc một thư mục trao đổi khác hoặc một máy khác: đã bỏ qua.`,
      en: `The file ${label.file} in laptop ${label.laptop}'s folder belongs to another exchange folder or another laptop: skipped.`,
    },
    'foreign',
  );

export const unchainedProblem = (label: ShareLabel) =>
  new ShareProblem(
    {
      vi: `Tệp ${label.file} của máy ${label.laptop} không nối tiếp các tệp trước (có thể là bản cũ được chép lại): tạm bỏ qua.`,
      en: `The file ${label.file} from laptop ${label.laptop} does not follow its earlier files (perhaps an old copy put back): skipped for now.`,
    },
    'damaged',
  );

/** The text of a gzip file, after checking its SHA-256 against the one its owner listed. */
function textOf(bytes: Buffer, sha: string, label: ShareLabel): string {
  if (sha256(bytes) !== sha) throw damagedProblem(label);
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    throw damagedProblem(label);
  }
}

const rowsOfText = (text: string): string[] => {
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  return rows;
};

/** The rows of a gzip file of JSON lines, after checking its SHA-256 against the one its owner listed. */
export function rowsOf(bytes: Buffer, sha: string, label: ShareLabel): string[] {
  return rowsOfText(textOf(bytes, sha, label));
}

/** Checks the rows of one batch (header, lines, trailer), its `text`: the batch whose file has SHA-256 `fileSha`. */
function batchOfRows(
  rows: readonly string[],
  text: string,
  fileSha: string,
  expect: { exchangeId: string; replica: string; seq: number; prev: string; schema: number },
  label: ShareLabel,
): Batch {
  if (rows.length < 2) throw damagedProblem(label);
  let header: BatchHeader;
  let trailer: { count: number; sha256: string };
  let lines: Line[];
  try {
    header = JSON.parse(rows[0]!) as BatchHeader;
    trailer = JSON.parse(rows[rows.length - 1]!) as { count: number; sha256: string };
    lines = rows.slice(1, -1).map((r) => JSON.parse(r) as Line);
  } catch {
    throw damagedProblem(label);
  }
  if (trailer.count !== lines.length || trailer.sha256 !== sha256(rows.slice(0, -1).join('\n'))) throw damagedProblem(label);
  const version = formatVersion(header.format, kindOf(BATCH_FORMAT));
  if (version === null || header.exchangeId !== expect.exchangeId || header.replica !== expect.replica) throw foreignProblem(label);
  if (version > versionOf(BATCH_FORMAT)) throw newerProblem(label);
  if (header.seq !== expect.seq || header.prev !== expect.prev) throw unchainedProblem(label);
  if (header.minSchema > expect.schema) throw newerProblem(label);
  return { header, lines, sha256: fileSha, file: label.file, text };
}

/** Decodes and checks a batch file against what its head and this laptop expect of it. */
export function decodeBatch(
  bytes: Buffer,
  expect: { exchangeId: string; replica: string; seq: number; prev: string; sha256: string; schema: number },
  label: ShareLabel,
): Batch {
  const text = textOf(bytes, expect.sha256, label);
  return batchOfRows(rowsOfText(text), text, expect.sha256, expect, label);
}

export interface PackHeader {
  format: string;
  exchangeId: string;
  replica: string;
  from: number;
  to: number;
  /**
   * Each batch: its sequence, the SHA-256 its own file had (the chain goes on from it), and how many
   * rows of its text the pack holds. /2: `t` when its trailer is left out (the reader makes it again
   * from the rows), `p` when its header names the previous batch's SHA-256 as PREV_IN_PACK (the one
   * just above it in this index).
   */
  batches: Array<{ seq: number; sha256: string; rows: number; t?: 1; p?: 1 }>;
}

/** A batch inside a pack: its text as its own file held it, and that file's SHA-256. */
export interface PackBlock {
  seq: number;
  sha256: string;
  text: string;
}

/** What a batch's header in a pack of /2 says for "the SHA-256 of the batch before me in this pack". */
const PREV_IN_PACK = '"prev":"^"';
/** The trailer a batch's text ends with (batchText), made again from its other rows. */
const trailerOf = (rows: readonly string[]) => JSON.stringify({ count: rows.length - 1, sha256: sha256(rows.join('\n')) });

/**
 * The bytes of a pack: the texts of its batches one after the other, behind an index and before a
 * trailer. Three SHA-256s a batch (its own, its previous one's, its trailer's) were three quarters
 * of a pack of small batches, and gzip cannot shrink them: a batch keeps only its own (in the
 * index), the two others are made again when it is read, and checked as before.
 */
export function encodePack(header: Omit<PackHeader, 'format' | 'batches'>, blocks: readonly PackBlock[]): Buffer {
  const index: PackHeader['batches'] = [];
  const texts: string[] = [];
  for (const [i, b] of blocks.entries()) {
    const rows = b.text.split('\n');
    if (rows[rows.length - 1] === '') rows.pop();
    const entry: PackHeader['batches'][number] = { seq: b.seq, sha256: b.sha256, rows: rows.length };
    if (rows.length >= 2 && rows[rows.length - 1] === trailerOf(rows.slice(0, -1))) {
      rows.pop();
      entry.rows--;
      entry.t = 1;
    }
    const prev = i > 0 ? `"prev":"${blocks[i - 1]!.sha256}"` : null;
    const first = rows[0] ?? '';
    if (prev && first.indexOf(prev) >= 0 && first.indexOf(prev) === first.lastIndexOf(prev) && !first.includes(PREV_IN_PACK)) {
      rows[0] = first.replace(prev, PREV_IN_PACK);
      entry.p = 1;
    }
    index.push(entry);
    texts.push(rows.length ? `${rows.join('\n')}\n` : '');
  }
  const full: PackHeader = { format: PACK_FORMAT, ...header, batches: index };
  const body = `${JSON.stringify(full)}\n${texts.join('')}`;
  const trailer = JSON.stringify({ count: blocks.length, sha256: sha256(body) });
  return gzipSync(Buffer.from(`${body}${trailer}\n`, 'utf8'), { level: 9 });
}

/**
 * Decodes and checks a pack: its SHA-256 (listed in its owner's head), its trailer, its index, and
 * every batch in it (each batch's own checks, and the chain from one to the next through the
 * SHA-256 each had as a file). Returns its batches with their texts, as their own files held them.
 */
export function decodePack(
  bytes: Buffer,
  expect: { exchangeId: string; replica: string; sha256: string; from: number; to: number; schema: number },
  label: ShareLabel,
): Batch[] {
  const rows = rowsOf(bytes, expect.sha256, label);
  if (rows.length < 2) throw damagedProblem(label);
  const trailerRow = rows.pop()!;
  let header: PackHeader;
  let trailer: { count: number; sha256: string };
  try {
    header = JSON.parse(rows[0]!) as PackHeader;
    trailer = JSON.parse(trailerRow) as { count: number; sha256: string };
  } catch {
    throw damagedProblem(label);
  }
  if (trailer.sha256 !== sha256(`${rows.join('\n')}\n`)) throw damagedProblem(label);
  const version = formatVersion(header.format, kindOf(PACK_FORMAT));
  if (version === null || header.exchangeId !== expect.exchangeId || header.replica !== expect.replica) throw foreignProblem(label);
  if (version > versionOf(PACK_FORMAT)) throw newerProblem(label);
  if (
    header.from !== expect.from ||
    header.to !== expect.to ||
    !Array.isArray(header.batches) ||
    trailer.count !== header.batches.length ||
    header.batches.length !== header.to - header.from + 1
  ) {
    throw damagedProblem(label);
  }
  const out: Batch[] = [];
  let at = 1;
  let prev: string | null = null;
  for (const [i, b] of header.batches.entries()) {
    const slice = rows.slice(at, at + b.rows);
    at += b.rows;
    if (b.seq !== header.from + i || slice.length !== b.rows || !slice.length) throw damagedProblem(label);
    if (version >= 2 && b.p) {
      // The previous batch's SHA-256, where its header named it (never for the pack's first batch).
      if (prev === null || !slice[0]!.includes(PREV_IN_PACK)) throw damagedProblem(label);
      slice[0] = slice[0]!.replace(PREV_IN_PACK, `"prev":"${prev}"`);
    }
    if (version >= 2 && b.t) slice.push(trailerOf(slice));
    let first: BatchHeader;
    try {
      first = JSON.parse(slice[0]!) as BatchHeader;
    } catch {
      throw damagedProblem(label);
    }
    out.push(batchOfRows(slice, `${slice.join('\n')}\n`, b.sha256, { exchangeId: expect.exchangeId, replica: expect.replica, seq: b.seq, prev: prev ?? first.prev, schema: expect.schema }, label));
    prev = b.sha256;
  }
  if (at !== rows.length) throw damagedProblem(label);
  return out;
}

export interface SnapshotHeader {
  format: string;
  exchangeId: string;
  /** The laptop that wrote it. */
  replica: string;
  schema: number;
  /** The oldest schema that can read it. */
  minSchema: number;
  /** For each laptop, the last of its batches the state holds, and that batch's SHA-256 (the chain goes on from it). */
  covers: Record<string, { seq: number; sha256: string }>;
  records: number;
  conflicts: number;
}

/** A record as a snapshot /2 holds it: its writes once, each head [index into them, value]. */
interface CompactRecord {
  e: string;
  id: string;
  c: string;
  u: string;
  w: Array<[hlc: string, replica: string, officer: string | null, device: string | null]>;
  h: Record<string, Array<[write: number, value: unknown]>>;
}

function compact(r: SnapshotRecord): CompactRecord {
  const w: CompactRecord['w'] = [];
  const at = new Map<string, number>();
  const h: CompactRecord['h'] = {};
  for (const [reg, heads] of Object.entries(r.h)) {
    h[reg] = heads.map(([hlc, replica, value, officer, device]) => {
      const key = JSON.stringify([hlc, replica, officer, device]);
      let i = at.get(key);
      if (i === undefined) {
        at.set(key, (i = w.length));
        w.push([hlc, replica, officer, device]);
      }
      return [i, value];
    });
  }
  return { e: r.e, id: r.id, c: r.c, u: r.u, w, h };
}

function expand(r: CompactRecord): SnapshotRecord {
  const h: SnapshotRecord['h'] = {};
  for (const [reg, heads] of Object.entries(r.h)) {
    h[reg] = heads.map(([i, value]) => {
      const write = r.w[i];
      if (!write) throw new Error('a head names no write');
      return [write[0], write[1], value, write[2], write[3]];
    });
  }
  return { e: r.e, id: r.id, c: r.c, u: r.u, h };
}

/** The bytes of a snapshot: a header, one line per record, one per inbox item, a trailer. */
export function encodeSnapshot(header: Omit<SnapshotHeader, 'format' | 'records' | 'conflicts'>, state: SnapshotState): Buffer {
  const full: SnapshotHeader = { format: SNAPSHOT_FORMAT, ...header, records: state.records.length, conflicts: state.conflicts.length };
  const rows = [JSON.stringify(full), ...state.records.map((r) => JSON.stringify(compact(r))), ...state.conflicts.map((c) => JSON.stringify(c))];
  const body = rows.join('\n');
  const trailer = JSON.stringify({ count: rows.length - 1, sha256: sha256(body) });
  return gzipSync(Buffer.from(`${body}\n${trailer}\n`, 'utf8'), { level: 6 });
}

/** Decodes and checks a snapshot against its owner's head (SHA-256, exchange, laptop) and this laptop's schema. */
export function decodeSnapshot(
  bytes: Buffer,
  expect: { exchangeId: string; replica: string; sha256: string; schema: number },
  label: ShareLabel,
): { header: SnapshotHeader; state: SnapshotState } {
  const rows = rowsOf(bytes, expect.sha256, label);
  if (rows.length < 2) throw damagedProblem(label);
  let header: SnapshotHeader;
  let trailer: { count: number; sha256: string };
  let state: SnapshotState;
  try {
    header = JSON.parse(rows[0]!) as SnapshotHeader;
    trailer = JSON.parse(rows[rows.length - 1]!) as { count: number; sha256: string };
    if (trailer.count !== rows.length - 2 || trailer.sha256 !== sha256(rows.slice(0, -1).join('\n'))) throw damagedProblem(label);
    const version = formatVersion(header.format, kindOf(SNAPSHOT_FORMAT));
    if (version === null || header.exchangeId !== expect.exchangeId || header.replica !== expect.replica) throw foreignProblem(label);
    if (version > versionOf(SNAPSHOT_FORMAT) || header.minSchema > expect.schema) throw newerProblem(label);
    if (header.records + header.conflicts !== trailer.count) throw damagedProblem(label);
    const records = rows.slice(1, 1 + header.records).map((r) => (version >= 2 ? expand(JSON.parse(r) as CompactRecord) : (JSON.parse(r) as SnapshotRecord)));
    const conflicts = rows.slice(1 + header.records, -1).map((r) => JSON.parse(r) as SnapshotConflict);
    state = { records, conflicts };
  } catch (err) {
    if (err instanceof ShareProblem) throw err;
    throw damagedProblem(label);
  }
  return { header, state };
}

/** Reads a small JSON file of the share, or null when it is not there (or not whole yet). */
export async function readJson<T>(fs: ExchangeFs, file: string): Promise<T | null> {
  try {
    return JSON.parse((await fs.readFile(file)).toString('utf8')) as T;
  } catch (err) {
    if (errnoOf(err) === 'ENOENT' || err instanceof SyntaxError) return null;
    throw err;
  }
}

/**
 * Replaces a small file of this laptop's own folder whole: a temporary name, fsync, then a rename
 * over it (a reader sees the old file or the new one, never a part).
 */
export async function replaceFile(fs: ExchangeFs, folder: string, name: string, bytes: Uint8Array): Promise<void> {
  const temp = claimTempFile(folder);
  try {
    const h = await fs.open(temp, 'w', 0o644);
    try {
      for (let off = 0; off < bytes.length; ) {
        const { bytesWritten } = await h.write(bytes, off, bytes.length - off, off);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        off += bytesWritten;
      }
      await h.sync();
    } finally {
      await h.close();
    }
    await fs.rename(temp, path.join(folder, name));
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  } finally {
    releaseTempFile(temp);
  }
}

/**
 * The exchange folder's id, from its exchange.json, created exclusively (O_EXCL, which shares
 * honour) if there is none: two laptops setting up the folder at once agree on one id. `carry`: the
 * id of the exchange this laptop took part in so far, given to a new folder it is the first to use
 * (the office moving its exchange to another folder keeps one exchange).
 */
export async function ensureExchange(fs: ExchangeFs, folder: string, carry?: string | null): Promise<string> {
  const file = path.join(folder, 'exchange.json');
  const existing = await readJson<{ format: string; exchangeId: string }>(fs, file);
  if (existing?.exchangeId) return existing.exchangeId;
  await fs.mkdir(devicesDir(folder), { recursive: true });
  try {
    const h = await fs.open(file, 'wx', 0o644);
    const bytes = Buffer.from(JSON.stringify({ format: EXCHANGE_FORMAT, exchangeId: carry || randomBytes(16).toString('hex') }));
    try {
      await h.write(bytes, 0, bytes.length, 0);
      await h.sync();
    } finally {
      await h.close();
    }
  } catch (err) {
    if (errnoOf(err) !== 'EEXIST') throw err;
  }
  const made = await readJson<{ exchangeId: string }>(fs, file);
  if (!made?.exchangeId) {
    throw new ShareProblem(
      { vi: 'Thư mục trao đổi chưa sẵn sàng (tệp exchange.json chưa đầy đủ): sẽ thử lại.', en: 'The exchange folder is not ready (its exchange.json is incomplete): will try again.' },
      'unreachable',
    );
  }
  return made.exchangeId;
}

export { atomicWrite };
