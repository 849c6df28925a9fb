// Writing a finished file into a folder that is often a network share: under a temporary name
// in the target folder (so the rename stays on one volume and is atomic), fsynced, then given its
// name. A file already on the share is never replaced: officers edit the briefings and reports
// in Word afterwards, and a colleague may have a tracker open. The final name is the first free
// one of 'name.ext', 'name (2).ext', 'name (3).ext'…, taken race-free, so two exports of the same
// name at once, or a colleague saving that name meanwhile, never meet:
// - a hard link of the finished temporary file to the name, which fails if the name exists
//   (the file appears whole, at once), then the temporary name is removed;
// - where the folder has no hard links (some shares, FAT): the name is reserved by creating it
//   exclusively (O_EXCL, which shares honour too), then the temporary file is renamed over that
//   empty reservation, the only file this can replace. A rename refused because the reservation
//   got opened meanwhile (Windows answers EBUSY/EPERM/EACCES) is retried for a bounded time, then
//   the next free name is taken.
// The temporary file and an unused reservation are removed whatever fails.
//
// The content is bytes in memory (small files: a .sha256 beside a backup) or a LOCAL file that a
// job worker produced, copied a chunk at a time (a 6 GB backup never sits in memory; a cancel is
// seen between chunks).
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFs, FileHandleLike } from './fs';
import { errnoOf, localError, writeError } from './fsErrors';
import { cancelledError } from '../jobs/jobs';
import { versionedName } from '../exports/fileNames';
import { claimTempFile, releaseTempFile, sweepTempFiles } from './tempFiles';

export interface RetryPolicy {
  attempts: number;
  delayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, delayMs: 200 };
const CHUNK = 1024 * 1024;
const MAX_VERSIONS = 99;
const HELD_OPEN = new Set(['EBUSY', 'EPERM', 'EACCES']);
export { TEMP_PREFIX } from './tempFiles';

export interface AtomicWriteOptions {
  retry?: RetryPolicy;
  signal?: AbortSignal;
  /** Called after each chunk with the share of the bytes written (0…1). */
  onProgress?: (fraction: number) => void;
  /** Each chunk as it is read from the source (a backup is hashed in the same read as its copy). */
  onChunk?: (chunk: Uint8Array) => void;
  /**
   * Awaited once the temporary file is complete and fsynced, before it takes its name: a throw
   * removes the temporary file and nothing appears in the folder (a backup whose check failed).
   */
  beforePlace?: () => Promise<void>;
}

/** What to write: bytes, or a local file to copy. */
export type WriteSource = Uint8Array | { file: string };

/** A source read a chunk at a time: the whole buffer, or a local file's chunks. */
interface ChunkReader {
  size: number;
  /** The next chunk (a view that is valid until the next call), or null at the end. */
  next(): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

async function readerOf(source: WriteSource): Promise<ChunkReader> {
  // isView, not instanceof: a Buffer from another realm (a jsdom test) is still bytes.
  if (ArrayBuffer.isView(source)) {
    let offset = 0;
    return {
      size: source.length,
      next: async () => {
        if (offset >= source.length) return null;
        const chunk = source.subarray(offset, Math.min(source.length, offset + CHUNK));
        offset += chunk.length;
        return chunk;
      },
      close: async () => undefined,
    };
  }
  const file = source.file;
  try {
    const handle = await open(file, 'r');
    const { size } = await handle.stat().catch(async (err: unknown) => {
      await handle.close();
      throw err;
    });
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    return {
      size,
      next: async () => {
        try {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
          if (bytesRead <= 0) return null;
          position += bytesRead;
          return buffer.subarray(0, bytesRead);
        } catch (err) {
          throw localError(path.dirname(file), err);
        }
      },
      close: () => handle.close(),
    };
  } catch (err) {
    throw localError(path.dirname(file), err);
  }
}

export interface WrittenFile {
  file: string;
  fileName: string;
  bytes: number;
  /** True when a file of that name was there already, so the file went under a versioned name ('… (2).docx'). */
  versioned: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What link() answers where the folder cannot hold hard links: reserve the name instead. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL', 'EMLINK', 'EACCES']);

/**
 * Links the finished temporary file to the first free name: the link fails if the name exists,
 * so nothing is replaced. Null when the folder has no hard links.
 */
async function linkToFreeName(fs: ExportFs, folder: string, fileName: string, temp: string): Promise<string | null> {
  if (!fs.link) return null;
  for (let n = 1; n <= MAX_VERSIONS; n++) {
    const candidate = n === 1 ? fileName : versionedName(fileName, n);
    try {
      await fs.link(temp, path.join(folder, candidate));
      return candidate;
    } catch (err) {
      const code = errnoOf(err);
      if (code === 'EEXIST') continue;
      if (NO_LINKS.has(code)) return null;
      throw err;
    }
  }
  throw Object.assign(new Error('no free versioned name'), { code: 'EEXIST' });
}

/**
 * Reserves the first free name from the n-th version on by creating it exclusively (empty):
 * nobody else can take it, and the rename then replaces only this reservation.
 */
async function reserveName(fs: ExportFs, folder: string, fileName: string, from: number, onReserved: (file: string) => void): Promise<string> {
  for (let n = from; n <= MAX_VERSIONS; n++) {
    const candidate = n === 1 ? fileName : versionedName(fileName, n);
    const file = path.join(folder, candidate);
    let handle: FileHandleLike;
    try {
      handle = await fs.open(file, 'wx', 0o644);
    } catch (err) {
      if (errnoOf(err) === 'EEXIST') continue;
      throw err;
    }
    onReserved(file);
    await handle.close();
    return candidate;
  }
  throw Object.assign(new Error('no free versioned name'), { code: 'EEXIST' });
}

async function removeQuietly(fs: ExportFs, file: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    try {
      await fs.unlink(file);
      return;
    } catch (err) {
      if (errnoOf(err) === 'ENOENT') return;
    }
  }
}

/** 1 for 'name.ext', n for 'name (n).ext'. */
function versionOf(fileName: string, name: string): number {
  for (let n = 2; n <= MAX_VERSIONS; n++) if (versionedName(fileName, n) === name) return n;
  return 1;
}

/** Flushes the folder entry of the rename where the platform allows it (not on Windows). */
async function syncFolder(fs: ExportFs, folder: string): Promise<void> {
  let dir: FileHandleLike | undefined;
  try {
    dir = await fs.open(folder, 'r');
    await dir.sync();
  } catch {
    // Windows cannot open a folder; some shares refuse fsync on one. The file itself was fsynced.
  } finally {
    await dir?.close().catch(() => undefined);
  }
}

export async function atomicWrite(fs: ExportFs, folder: string, fileName: string, source: WriteSource, options: AtomicWriteOptions = {}): Promise<WrittenFile> {
  const retry = options.retry ?? DEFAULT_RETRY;
  // What an earlier run left when it was killed mid-write goes first (never fails).
  await sweepTempFiles(folder);
  const temp = claimTempFile(folder);
  let handle: FileHandleLike | undefined;
  let reader: ChunkReader | undefined;
  let tempCreated = false;
  /** The empty file holding the final name until the rename replaces it. */
  let reserved: string | null = null;
  const noteReserved = (file: string) => {
    reserved = file;
  };
  let total = 0;
  try {
    if (options.signal?.aborted) throw cancelledError();
    reader = await readerOf(source);
    // From here on the temporary name may exist (a failed open can still leave an empty file).
    tempCreated = true;
    handle = await fs.open(temp, 'wx', 0o644);
    for (let chunk = await reader.next(); chunk; chunk = await reader.next()) {
      options.onChunk?.(chunk);
      for (let offset = 0; offset < chunk.length; ) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset, total + offset);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        offset += bytesWritten;
      }
      total += chunk.length;
      options.onProgress?.(reader.size > 0 ? Math.min(1, total / reader.size) : 1);
      if (options.signal?.aborted) throw cancelledError();
    }
    const r = reader;
    reader = undefined;
    await r.close();
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    if (options.signal?.aborted) throw cancelledError();
    await options.beforePlace?.();

    let name = await linkToFreeName(fs, folder, fileName, temp);
    if (name !== null) {
      // The file has its name; the temporary one goes (if that fails, the next sweep takes it).
      tempCreated = false;
      await removeQuietly(fs, temp);
    } else {
      name = await reserveName(fs, folder, fileName, 1, noteReserved);
      let placed = false;
      let lastError: unknown;
      for (let attempt = 0; attempt < retry.attempts && !placed; attempt++) {
        try {
          await fs.rename(temp, path.join(folder, name));
          placed = true;
        } catch (err) {
          if (!HELD_OPEN.has(errnoOf(err))) throw err;
          lastError = err;
          if (attempt < retry.attempts - 1) await sleep(retry.delayMs);
        }
      }
      if (!placed) {
        // The reservation was opened meanwhile: leave it, take the next free name.
        const stuck = reserved;
        reserved = null;
        if (stuck) await removeQuietly(fs, stuck);
        name = await reserveName(fs, folder, fileName, versionOf(fileName, name) + 1, noteReserved);
        try {
          await fs.rename(temp, path.join(folder, name));
        } catch (err) {
          throw HELD_OPEN.has(errnoOf(err)) ? lastError : err;
        }
      }
    }
    reserved = null;
    const versioned = name !== fileName;
    tempCreated = false;
    await syncFolder(fs, folder);
    return { file: path.join(folder, name), fileName: name, bytes: total, versioned };
  } catch (err) {
    if (reader) await reader.close().catch(() => undefined);
    if (handle) await handle.close().catch(() => undefined);
    if (tempCreated) await removeQuietly(fs, temp);
    if (reserved) await removeQuietly(fs, reserved);
    throw writeError(folder, err);
  } finally {
    releaseTempFile(temp);
  }
}
