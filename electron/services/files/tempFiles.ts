// The temporary files the app writes into a user's folder (often a share) before renaming them
// into place (atomicWrite). A kill, a power cut or a lost share between the two leaves one
// behind, and the run that made it can no longer remove it. They are swept at the next start
// (the folders the desk knows of) and before each write to a folder.
//
// A temporary file's name says who writes it: `.~asoen-<host>-<pid>-<random>.tmp`, the host as a
// short hash of this computer's name. The sweep removes only files of that pattern (nothing else
// of the folder), and of those only the ones no one can still be writing:
// - this computer, this process's id: those it is not writing now and that are older than the
//   process (an earlier process that had the same id; a thread of this one may be writing a newer one);
// - this computer, another process: once that process has ended (a second copy of the app, or a
//   test, may be exporting there now);
// - another computer (a colleague on the same share), or a name of an earlier version without
//   its owner: once not written to for a day, since no one can ask that computer.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { processAlive } from './localTemp';

export const TEMP_PREFIX = '.~asoen-';
/** This computer, as 8 hex digits (a name may hold characters a share refuses). */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
const OWNED = /^\.~asoen-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.tmp$/;
/** The names of versions before the owner was put in the name. */
const UNOWNED = /^\.~asoen-[0-9a-f]{12}\.tmp$/;
const DAY_MS = 24 * 3600_000;
/** When this process started (its clock, as the files' times are). */
const STARTED_AT = Date.now() - process.uptime() * 1000;

/** The temporary files this process is writing now (full paths). */
const writing = new Set<string>();

/** A new temporary file's path in `folder`, counted as being written until `releaseTempFile`. */
export function claimTempFile(folder: string): string {
  const file = path.join(folder, `${TEMP_PREFIX}${HOST_TAG}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  writing.add(path.resolve(file));
  return file;
}

/** The temporary file has taken its name or been removed (or its removal failed: the next sweep takes it). */
export function releaseTempFile(file: string): void {
  writing.delete(path.resolve(file));
}

export interface SweepOptions {
  /** Files of other computers, and unowned ones, are removed once older than this. */
  olderThanMs?: number;
  now?: number;
  alive?: (pid: number) => boolean;
  host?: string;
  pid?: number;
  startedAt?: number;
}

/** Whether the temporary file `name` (modified at `mtimeMs`) can be removed; see the top of the file. */
export function staleTemp(name: string, file: string, mtimeMs: number, options: SweepOptions = {}): boolean {
  const now = options.now ?? Date.now();
  const olderThan = options.olderThanMs ?? DAY_MS;
  const owned = OWNED.exec(name);
  if (owned) {
    const [, host, pidText] = owned;
    const pid = Number(pidText);
    if (host !== (options.host ?? HOST_TAG)) return now - mtimeMs > olderThan;
    if (pid === (options.pid ?? process.pid)) return !writing.has(path.resolve(file)) && mtimeMs < (options.startedAt ?? STARTED_AT);
    return !(options.alive ?? processAlive)(pid);
  }
  return UNOWNED.test(name) && now - mtimeMs > olderThan;
}

/**
 * Removes the app's stale temporary files from `folder` (see the top of the file); returns the
 * paths removed. Never fails: a folder that is gone or refuses is left as it is. It goes to the
 * folder directly (node:fs), not through the export services' file system, whose calls tests count.
 */
export async function sweepTempFiles(folder: string, options: SweepOptions = {}): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(folder, name);
    try {
      const st = await stat(file);
      if (!st.isFile() || !staleTemp(name, file, st.mtimeMs, options)) continue;
      await unlink(file);
      removed.push(file);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}
