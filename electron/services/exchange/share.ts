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

export const BATCH_FORMAT = 'asoen-exchange-batch/1';
export const HEAD_FORMAT = 'asoen-exchange-head/1';
export const EXCHANGE_FORMAT = 'asoen-exchange/1';

/** The file system calls of the exchange: the export services' ones, and a folder listing. */
export interface ExchangeFs extends ExportFs {
  readdir(folder: string): Promise<string[]>;
}

export const realExchangeFs: ExchangeFs = { ...realFs, readdir: (p) => readdir(p) };

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
export const batchName = (seq: number) => `b-${String(seq).padStart(9, '0')}.asx`;
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
}

export interface HeadFile {
  format: string;
  exchangeId: string;
  replica: string;
  lastSeq: number;
  /** The batch files, each with its SHA-256. */
  batches: Array<{ seq: number; file: string; sha256: string; bytes: number }>;
  schema: number;
  applied: Record<string, number>;
  /** A hash of the publisher's token: a laptop recognises its own head (a publish cut short before it was recorded). */
  publisher: string;
  /** The last outbox entry this head's batches carry. */
  outboxTo: number;
}

/** The bytes of a batch: deterministic for the same header and lines (a damaged file is rewritten identically). */
export function encodeBatch(header: BatchHeader, lines: readonly Line[]): Buffer {
  const body = [JSON.stringify(header), ...lines.map((l) => JSON.stringify(l))].join('\n');
  const trailer = JSON.stringify({ count: lines.length, sha256: sha256(body) });
  return gzipSync(Buffer.from(`${body}\n${trailer}\n`, 'utf8'), { level: 6 });
}

export class ShareProblem extends Error {
  constructor(
    readonly messages: Messages,
    readonly kind: 'damaged' | 'foreign' | 'newer' | 'missing' | 'unreachable',
  ) {
    super(messages.en);
  }
}

/** Decodes and checks a batch file against what its head and this laptop expect of it. */
export function decodeBatch(
  bytes: Buffer,
  expect: { exchangeId: string; replica: string; seq: number; prev: string; sha256: string; schema: number },
  label: { laptop: string; file: string },
): Batch {
  const damaged = () =>
    new ShareProblem(
      {
        vi: `Tệp ${label.file} của máy ${label.laptop} bị hỏng hoặc không đầy đủ: tạm bỏ qua, sẽ thử lại ở lần trao đổi sau. Dữ liệu của các máy khác vẫn được nhận.`,
        en: `The file ${label.file} from laptop ${label.laptop} is damaged or incomplete: skipped for now and tried again at the next exchange. Other laptops' changes are still taken in.`,
      },
      'damaged',
    );
  const fileSha = sha256(bytes);
  if (fileSha !== expect.sha256) throw damaged();
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    throw damaged();
  }
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  if (rows.length < 2) throw damaged();
  let header: BatchHeader;
  let trailer: { count: number; sha256: string };
  let lines: Line[];
  try {
    header = JSON.parse(rows[0]!) as BatchHeader;
    trailer = JSON.parse(rows[rows.length - 1]!) as { count: number; sha256: string };
    lines = rows.slice(1, -1).map((r) => JSON.parse(r) as Line);
  } catch {
    throw damaged();
  }
  if (trailer.count !== lines.length || trailer.sha256 !== sha256(rows.slice(0, -1).join('\n'))) throw damaged();
  if (header.format !== BATCH_FORMAT || header.exchangeId !== expect.exchangeId || header.replica !== expect.replica) {
    throw new ShareProblem(
      {
        vi: `Tệp ${label.file} trong thư mục của máy ${label.laptop} thuộc một thư mục trao đổi khác hoặc một máy khác: đã bỏ qua.`,
        en: `The file ${label.file} in laptop ${label.laptop}'s folder belongs to another exchange folder or another laptop: skipped.`,
      },
      'foreign',
    );
  }
  if (header.seq !== expect.seq || header.prev !== expect.prev) {
    throw new ShareProblem(
      {
        vi: `Tệp ${label.file} của máy ${label.laptop} không nối tiếp các tệp trước (có thể là bản cũ được chép lại): tạm bỏ qua.`,
        en: `The file ${label.file} from laptop ${label.laptop} does not follow its earlier files (perhaps an old copy put back): skipped for now.`,
      },
      'damaged',
    );
  }
  if (header.minSchema > expect.schema) {
    throw new ShareProblem(
      {
        vi: `Máy ${label.laptop} dùng phiên bản mới hơn của ASOEN Desk: hãy cập nhật máy này. Các thay đổi của máy đó được giữ lại và sẽ được nhận sau khi cập nhật.`,
        en: `Laptop ${label.laptop} runs a newer version of ASOEN Desk: update this laptop. Its changes are held and will be taken in after the update.`,
      },
      'newer',
    );
  }
  return { header, lines, sha256: fileSha, file: label.file };
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
 * honour) if there is none: two laptops setting up the folder at once agree on one id.
 */
export async function ensureExchange(fs: ExchangeFs, folder: string): Promise<string> {
  const file = path.join(folder, 'exchange.json');
  const existing = await readJson<{ format: string; exchangeId: string }>(fs, file);
  if (existing?.exchangeId) return existing.exchangeId;
  await fs.mkdir(devicesDir(folder), { recursive: true });
  try {
    const h = await fs.open(file, 'wx', 0o644);
    const bytes = Buffer.from(JSON.stringify({ format: EXCHANGE_FORMAT, exchangeId: randomBytes(16).toString('hex') }));
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
