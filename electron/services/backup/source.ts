// What a restore checks of a file BEFORE it copies a byte of it: that it is an ordinary file
// (not a folder, a device such as /dev/zero, a pipe, or a link to one of those), that it begins
// with a sound SQLite header whose page count times page size is the file's size, that it is not
// larger than any backup this app makes, and that this computer's local temporary folder has room
// for it. Then the copy itself: from the handle that was checked, a chunk at a time, never past
// the size that was checked, stopped by the job's cancel between chunks, and its partial file
// removed whatever ends it early.
import { constants as fsConstants } from 'node:fs';
import { open, statfs, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { AppError } from '../../../db/errors';
import type { ExportFs, FileHandleLike, FileStats } from '../files/fs';
import { localError, readError } from '../files/fsErrors';
import { cancelledError } from '../jobs/jobs';

/** The first 16 bytes of every SQLite database file. */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** SQLite's file header. */
export const HEADER_BYTES = 100;
/** The largest backup a restore accepts: several times the thirty-year stress office (7 GB). */
export const MAX_RESTORE_BYTES = 32 * 1024 ** 3;
/** Kept free on the local disk beyond what a restore needs. */
export const SPACE_MARGIN = 256 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/**
 * Opening flags for a file that must not block: a pipe swapped in after the check opens at
 * once (and then fails the checks) instead of holding a thread until someone writes to it.
 */
export const READ_NONBLOCK = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

const unchanged = { vi: 'Dữ liệu hiện tại không bị thay đổi.', en: 'The current data has not been changed.' };

/** Sizes in words: "2,0 GB" / "2.0 GB". */
export function sizeText(bytes: number, lang: 'vi' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} ${units[unit]}`;
}

type Kind = 'folder' | 'device' | 'pipe' | 'socket' | 'other';

function kindOf(st: FileStats): Kind | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isFIFO()) return 'pipe';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * The refusal of a path that is not an ordinary file (a link is judged by what it points to),
 * or null for an ordinary file. `details` go with it (the request names its field).
 */
export function notAnOrdinaryFile(file: string, st: FileStats, details: Record<string, unknown> = {}): AppError | null {
  const kind = kindOf(st);
  if (!kind) return null;
  const what = {
    folder: { vi: 'một thư mục', en: 'a folder' },
    device: { vi: 'một thiết bị của hệ thống', en: 'a device of the system' },
    pipe: { vi: 'một đường ống (FIFO)', en: 'a pipe (FIFO)' },
    socket: { vi: 'một socket', en: 'a socket' },
    other: { vi: 'một mục không phải tệp thông thường', en: 'an entry that is not an ordinary file' },
  }[kind];
  const hint =
    kind === 'folder'
      ? { vi: 'Hãy chọn tệp .sqlite trong thư mục đó.', en: 'Choose the .sqlite file inside it.' }
      : { vi: 'Chỉ khôi phục được từ một tệp sao lưu thông thường (.sqlite).', en: 'Only an ordinary backup file (.sqlite) can be restored.' };
  return new AppError(
    'VALIDATION',
    {
      vi: `${file} là ${what.vi}, không phải tệp sao lưu. ${hint.vi} ${unchanged.vi}`,
      en: `${file} is ${what.en}, not a backup file. ${hint.en} ${unchanged.en}`,
    },
    { ...details, kind: 'not-a-file', type: kind },
  );
}

export function notABackup(file: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp ${file} không phải là bản sao lưu dữ liệu của ASOEN Desk. ${unchanged.vi}`,
    en: `The file ${file} is not an ASOEN Desk backup. ${unchanged.en}`,
  }, { kind: 'not-a-backup' });
}

function incomplete(file: string, expected: number, actual: number): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp sao lưu ${file} bị hỏng hoặc chưa chép hết: phần đầu tệp ghi ${sizeText(expected, 'vi')} nhưng tệp có ${sizeText(actual, 'vi')}. ${unchanged.vi} Hãy dùng một bản sao lưu khác.`,
    en: `The backup file ${file} is damaged or incomplete: its header says ${sizeText(expected, 'en')} but the file holds ${sizeText(actual, 'en')}. ${unchanged.en} Use another backup.`,
  }, { kind: 'damaged', detail: 'size', expected, actual });
}

function tooLarge(file: string, bytes: number, max: number): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp ${file} có dung lượng ${sizeText(bytes, 'vi')}, lớn hơn mọi bản sao lưu mà ứng dụng này tạo ra (tối đa ${sizeText(max, 'vi')}), nên không được khôi phục. ${unchanged.vi}`,
    en: `The file ${file} is ${sizeText(bytes, 'en')}, larger than any backup this application makes (at most ${sizeText(max, 'en')}), so it was not restored. ${unchanged.en}`,
  }, { kind: 'too-large', bytes, max });
}

function noRoom(need: RoomNeed, needed: number, free: number): AppError {
  const where =
    need.kind === 'temp'
      ? { vi: `trong thư mục tạm ${need.dir}`, en: `in the temporary folder ${need.dir}` }
      : { vi: `trên ổ đĩa của dữ liệu (${need.dir})`, en: `on the data's disk (${need.dir})` };
  return new AppError('INTERNAL', {
    vi: `Ổ đĩa của máy này không đủ chỗ để khôi phục: cần ${sizeText(needed, 'vi')} trống (bản sao của tệp sao lưu và của dữ liệu hiện tại) ${where.vi}, nhưng chỉ còn ${sizeText(free, 'vi')}. Chưa có gì được chép; ${unchanged.vi.toLowerCase()} Hãy giải phóng dung lượng rồi thử lại.`,
    en: `This computer's disk has not enough room for the restore: it needs ${sizeText(needed, 'en')} free (copies of the backup and of the current data) ${where.en}, and ${sizeText(free, 'en')} is free. Nothing was copied; ${unchanged.en.toLowerCase()} Free some space and try again.`,
  }, { kind: 'disk_full', needed, free, local: need.dir });
}

function changedWhileRead(file: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp ${file} đã thay đổi trong khi đang được đọc (có thể đang được chép vào). Hãy đợi việc chép xong rồi thử lại. ${unchanged.vi}`,
    en: `The file ${file} changed while it was being read (it may still be being copied). Wait until the copy has finished and try again. ${unchanged.en}`,
  }, { kind: 'changed-while-read' });
}

export interface SqliteHeader {
  pageSize: number;
  pageCount: number;
  /** pageSize × pageCount: the size the file must have. */
  bytes: number;
}

/**
 * SQLite's header (https://www.sqlite.org/fileformat.html#the_database_header), or null when the
 * bytes are not one: the magic string, a page size that is a power of two from 512 to 65536,
 * format versions 1 or 2, the fixed payload fractions, and an in-header page count that SQLite
 * itself would trust (nonzero, written by a version that keeps it: change counter = valid-for).
 */
export function parseSqliteHeader(bytes: Uint8Array): SqliteHeader | null {
  if (bytes.length < HEADER_BYTES) return null;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (!b.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
  const raw = b.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
  if (![1, 2].includes(b[18]!) || ![1, 2].includes(b[19]!)) return null;
  if (b[21] !== 64 || b[22] !== 32 || b[23] !== 32) return null;
  const pageCount = b.readUInt32BE(28);
  if (pageCount === 0 || b.readUInt32BE(24) !== b.readUInt32BE(92)) return null;
  return { pageSize, pageCount, bytes: pageSize * pageCount };
}

export interface SourceLimits {
  /** The largest backup a restore accepts (MAX_RESTORE_BYTES unless a test sets less). */
  maxRestoreBytes?: number;
  /** The free bytes of the volume of a local folder (statfs unless a test says otherwise). */
  freeSpace?: (dir: string) => Promise<number>;
}

export async function freeSpaceOf(dir: string): Promise<number> {
  const s = await statfs(dir);
  return Number(s.bavail) * Number(s.bsize);
}

export interface CheckedSource {
  handle: FileHandleLike;
  bytes: number;
  header: SqliteHeader;
}

/** What a restore of a file of `bytes` bytes will write in a folder of this computer (SPACE_MARGIN is added). */
export interface RoomNeed {
  dir: string;
  kind: 'temp' | 'data';
  needed: number;
}

/**
 * Opens `file` for a restore and checks it, reading only its first 100 bytes: an ordinary file,
 * a SQLite header that matches its size, not too large, and room on this computer for what
 * `room` says the restore of a file of that size will write (plus a margin). Returns the open
 * handle (the caller copies from it and closes it) or throws the refusal, with the file closed.
 */
export async function openRestoreSource(fs: ExportFs, file: string, room: (bytes: number) => RoomNeed[], limits: SourceLimits = {}): Promise<CheckedSource> {
  let st: FileStats;
  try {
    st = await fs.stat(file);
  } catch (err) {
    throw readError(file, err);
  }
  const refusal = notAnOrdinaryFile(file, st);
  if (refusal) throw refusal;
  let handle: FileHandleLike;
  try {
    handle = await fs.open(file, READ_NONBLOCK);
  } catch (err) {
    throw readError(file, err);
  }
  try {
    // What was opened is what is read: checked again through the handle (the path may have changed).
    let opened: FileStats = st;
    if (handle.stat) {
      try {
        opened = await handle.stat();
      } catch (err) {
        throw readError(file, err);
      }
      const swapped = notAnOrdinaryFile(file, opened);
      if (swapped) throw swapped;
    }
    const bytes = opened.size;
    const max = limits.maxRestoreBytes ?? MAX_RESTORE_BYTES;
    const head = Buffer.alloc(HEADER_BYTES);
    let got = 0;
    try {
      while (got < HEADER_BYTES) {
        const { bytesRead } = await handle.read(head, got, HEADER_BYTES - got, got);
        if (bytesRead <= 0) break;
        got += bytesRead;
      }
    } catch (err) {
      throw readError(file, err);
    }
    const header = got === HEADER_BYTES ? parseSqliteHeader(head) : null;
    if (!header) throw notABackup(file);
    if (bytes > max) throw tooLarge(file, bytes, max);
    if (header.bytes !== bytes) throw incomplete(file, header.bytes, bytes);
    for (const need of room(bytes)) {
      const needed = need.needed + SPACE_MARGIN;
      let free: number;
      try {
        free = await (limits.freeSpace ?? freeSpaceOf)(need.dir);
      } catch (err) {
        throw localError(need.dir, err);
      }
      if (free < needed) throw noRoom(need, needed, free);
    }
    return { handle, bytes, header };
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  }
}

export interface CopyControl {
  signal: AbortSignal;
  /** The share copied so far (0…1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Copies a checked source into the new local file `local`, hashing it on the way: exactly
 * `source.bytes` bytes (a file that grows or shrinks meanwhile is refused), a chunk at a time,
 * stopping at the next chunk when the job is cancelled. The source handle is closed, and the
 * local file removed on any failure or cancel.
 */
export async function copyChecked(source: CheckedSource, file: string, local: string, dir: string, control: CopyControl): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  const { handle: from, bytes } = source;
  let to: Awaited<ReturnType<typeof open>> | undefined;
  let created = false;
  try {
    if (control.signal.aborted) throw cancelledError();
    try {
      to = await open(local, 'wx');
      created = true;
    } catch (err) {
      throw localError(dir, err);
    }
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    for (;;) {
      if (control.signal.aborted) throw cancelledError();
      // One byte past the expected end is asked for too: a file that grew says so.
      const want = Math.min(buffer.length, bytes - position + 1);
      let bytesRead: number;
      try {
        ({ bytesRead } = await from.read(buffer, 0, want, position));
      } catch (err) {
        throw readError(file, err);
      }
      if (bytesRead <= 0) break;
      if (position + bytesRead > bytes) throw changedWhileRead(file);
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      try {
        for (let offset = 0; offset < chunk.length; ) {
          const { bytesWritten } = await to.write(chunk, offset, chunk.length - offset, position + offset);
          offset += bytesWritten;
        }
      } catch (err) {
        throw localError(dir, err);
      }
      position += bytesRead;
      control.onProgress?.(bytes > 0 ? position / bytes : 1);
    }
    if (position !== bytes) throw changedWhileRead(file);
    const t = to;
    to = undefined;
    try {
      await t.close();
    } catch (err) {
      throw localError(dir, err);
    }
    return { sha256: hash.digest('hex'), bytes };
  } catch (err) {
    await to?.close().catch(() => undefined);
    if (created) await unlink(local).catch(() => undefined);
    throw err;
  } finally {
    try {
      await from.close();
    } catch {
      // A read-only handle: closing it cannot lose anything.
    }
  }
}
