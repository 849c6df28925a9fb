// Relay copies: another laptop's batches published again by a laptop that applied them, for when
// their owner's own file is damaged or gone and the owner cannot write it again (stolen,
// reinstalled, never exchanging again), or when the office moves to a new exchange folder.
//
// - Every batch applied from another laptop is kept here (app_meta `exchange_copy:<replica>:<seq>`,
//   in the transaction that applies it): its text (header, lines, trailer) and the SHA-256 its
//   owner's file had, which is what the chain of its next batch names.
// - A laptop that cannot read another's batch (damaged, missing, not chained, head gone) says so in
//   its own head: `wants: { <replica>: <first seq it lacks> }`.
// - A laptop that holds those batches answers in its own folder (only the owner writes in a
//   folder): a relay pack `relay-<replica>-<from>-<to>.asx`, the owner's batches from the first
//   wanted one to the last it applied, listed in its head under `relays`. Lines of records that are
//   classified here now are left out (they are never relayed, as they are never in a snapshot),
//   except a line that carries only a delegation's marking;
//   each batch keeps its owner's header, sequence and place in the chain. A relay no laptop wants
//   any more is removed.
// - A reader that cannot read the owner's file looks for a relay of that replica covering the
//   batch, checks it like a pack (SHA-256 listed by the relaying laptop, trailer, index, each
//   batch's trailer, and the chain from the last batch it applied of that replica), and applies
//   it as the owner's: the same exchange_applied row moves on, so a batch is applied once whether
//   it came from its owner's file or from a relay, and a relay of a range the owner later writes
//   again itself is skipped like any batch already applied.
// - Copies are not kept forever (dropSpentCopies, with the hourly check of a laptop's own files):
//   the copy of R's batch s goes once (1) every laptop active on the share says in its head that
//   it applied R's s (active: its head written within ACTIVE_WITHIN_MS, 90 days, of the newest
//   head on the share, by the file server's clock; R's own head does not count, and no copy goes in
//   a round where some laptop's head could not be read), and (2) a snapshot on the share covers R's
//   s, read here and found whole. Then a newcomer joins from that snapshot, every active laptop
//   already has the batch, and an owner still exchanging rewrites its own damaged files itself.
//   THE LIMIT: a relay of a batch whose copies went is no longer possible, so a laptop that needs
//   such a batch (restored from a backup taken before it, back after more than 90 days away, or
//   joining when the snapshot is damaged or with changes of its own made before its first
//   exchange, so not from the snapshot) while its owner's file is damaged and its owner gone for
//   good gets it from nobody: it says so (the file named, "will try again") and waits, taking in
//   what does not depend on it. A laptop whose database was restored or copied leaves its old
//   identity's head on the share, frozen: it holds every copy after what it applied for 90 days.
//   Snapshots come every SNAPSHOT_EVERY (20,000) lines, so copies go in steps that size: an office
//   of 2,000 changes a year keeps all of them for years (a few hundred KB), a heavy one (100,000 a
//   year) about the last 20,000 to 40,000 lines' worth instead of the whole history.
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Db } from '../../../db/open';
import { getMeta, setMeta } from '../../../db/repo/core/meta';
import { statement } from '../../../db/repo/core/statements';
import { isClassified } from '../../../db/exchange/model';
import { isMarkingOnly } from '../../../db/exchange/classified';
import type { Line } from '../../../db/exchange/outbox';
import { atomicWrite, batchText, deviceDir, encodePack, sha256, type BatchHeader, type ExchangeFs, type HeadFile, type PackBlock, type SnapshotEntry } from './share';

/** A relay pack listed in the head of the laptop that wrote it. */
export interface RelayEntry {
  /** Whose batches. */
  of: string;
  /** The exchange the batches were published in (another one when the office moved to a new folder). */
  exchangeId: string;
  file: string;
  sha256: string;
  bytes: number;
  from: number;
  to: number;
  lines: number;
  /** The owner as the relaying laptop knew it. */
  device: { name: string | null; officer: string | null; appVersion: string | null };
}

/** A head as relays extend it (fields a head of an older app does not have, and ignores). */
export type RelayHead = HeadFile & { relays?: RelayEntry[]; wants?: Record<string, number> };

const COPY = 'exchange_copy:';
const copyKey = (replica: string, seq: number) => `${COPY}${replica}:${String(seq).padStart(9, '0')}`;

/** A laptop whose head on the share was last written this long before the newest head there is no longer counted as active (ms). */
export const ACTIVE_WITHIN_MS = 90 * 86_400_000;
/** The snapshot last read whole for the pruning, and when (this laptop's clock). */
const SNAPSHOT_CHECKED = 'exchange_snapshot_checked';

/**
 * Drops the relay copies kept here that no laptop can need any more (see the top of this file):
 * the copies of replica R up to the lowest of, on the one hand, what every active laptop's head says
 * it applied of R, and on the other, what a snapshot on the share covers of R, that snapshot read
 * here and found whole. Active: a head written within ACTIVE_WITHIN_MS of the newest head on the
 * share, by the share's own file times. R's own head does not hold its copies back (its owner has
 * all of its batches). One range delete per replica on the key prefix; the snapshot is read only
 * when something would be dropped. The caller runs it with the hourly check of its own files, and
 * not in a round where a laptop's head could not be read.
 */
export async function dropSpentCopies(args: {
  db: Db;
  fs: ExchangeFs;
  folder: string;
  me: string;
  own: HeadFile | null;
  heads: ReadonlyMap<string, HeadFile>;
  applied: ReadonlyMap<string, { seq: number }>;
  /** This laptop's clock, ms. */
  now: number;
}): Promise<number> {
  const { db, fs, folder, me, own, heads, applied, now } = args;
  if (!applied.size) return 0;
  // Who is active, by the share's clock.
  const times = new Map<string, number>();
  for (const r of [me, ...heads.keys()]) {
    const at = (await fs.stat(path.join(deviceDir(folder, r), 'head.json')).catch(() => null))?.mtimeMs;
    // A time not known: counted as active (it holds copies back rather than let them go).
    times.set(r, typeof at === 'number' ? at : Infinity);
  }
  const newest = Math.max(...[...times.values()].filter((t) => t !== Infinity), 0);
  const active = [...heads].filter(([r]) => (times.get(r) ?? Infinity) >= newest - ACTIVE_WITHIN_MS);
  // What every active laptop applied of each replica kept here.
  const allApplied = new Map<string, number>();
  for (const [r, a] of applied) {
    let upTo = a.seq;
    for (const [by, h] of active) if (by !== r) upTo = Math.min(upTo, typeof h.applied?.[r] === 'number' ? h.applied[r]! : 0);
    if (upTo > 0) allApplied.set(r, upTo);
  }
  if (!allApplied.size) return 0;
  const range = statement(db, 'SELECT 1 FROM app_meta WHERE key > ? AND key <= ? LIMIT 1');
  const spent = (covers: SnapshotEntry['covers']) => {
    const out = new Map<string, number>();
    for (const [r, upTo] of allApplied) {
      const bound = Math.min(upTo, covers[r]?.seq ?? 0);
      if (bound > 0 && range.get(`${COPY}${r}:`, copyKey(r, bound))) out.set(r, bound);
    }
    return out;
  };
  // The snapshots on the share, those that would let the most go first; the first found whole is used.
  const snapshots: Array<{ by: string; snap: SnapshotEntry; drop: Map<string, number> }> = [];
  for (const [by, h] of [...heads, ...(own ? ([[me, own]] as Array<[string, HeadFile]>) : [])]) {
    if (!h.snapshot?.covers || typeof h.snapshot.file !== 'string' || h.snapshot.file.includes('/') || h.snapshot.file.includes('\\')) continue;
    const drop = spent(h.snapshot.covers);
    if (drop.size) snapshots.push({ by, snap: h.snapshot, drop });
  }
  snapshots.sort((a, b) => [...b.drop.values()].reduce((x, y) => x + y, 0) - [...a.drop.values()].reduce((x, y) => x + y, 0));
  for (const { by, snap, drop } of snapshots) {
    // Read whole once a day at most (a snapshot is megabytes; its owner checks its files hourly).
    const key = `${by}/${snap.file}/${snap.sha256}`;
    const checked = (JSON.parse(getMeta(db, SNAPSHOT_CHECKED) ?? '{}') as { key?: string; at?: number });
    const recent = checked.key === key && typeof checked.at === 'number' && checked.at <= now && now - checked.at < 86_400_000;
    const whole =
      recent ||
      (await fs.readFile(path.join(deviceDir(folder, by), snap.file)).then(
        (bytes) => sha256(bytes) === snap.sha256,
        () => false,
      ));
    if (!whole) continue;
    if (!recent) setMeta(db, SNAPSHOT_CHECKED, JSON.stringify({ key, at: now }));
    let dropped = 0;
    db.transaction(() => {
      for (const [r, bound] of drop) dropped += statement(db, 'DELETE FROM app_meta WHERE key > ? AND key <= ?').run(`${COPY}${r}:`, copyKey(r, bound)).changes;
    })();
    return dropped;
  }
  return 0;
}

/** Keeps the text of a batch applied from another laptop, as its file held it (call in the transaction that applies it). */
export function keepCopy(db: Db, replica: string, seq: number, fileSha: string, text: string): void {
  setMeta(db, copyKey(replica, seq), `${fileSha} ${gzipSync(Buffer.from(text, 'utf8')).toString('base64')}`);
}

/** The kept batch `seq` of a replica: the SHA-256 its file had, its header and lines. */
export function copyOf(db: Db, replica: string, seq: number): { sha256: string; header: BatchHeader; lines: Line[] } | null {
  const raw = getMeta(db, copyKey(replica, seq));
  if (!raw) return null;
  const space = raw.indexOf(' ');
  try {
    const rows = gunzipSync(Buffer.from(raw.slice(space + 1), 'base64')).toString('utf8').split('\n');
    if (rows[rows.length - 1] === '') rows.pop();
    return { sha256: raw.slice(0, space), header: JSON.parse(rows[0]!) as BatchHeader, lines: rows.slice(1, -1).map((r) => JSON.parse(r) as Line) };
  } catch {
    return null;
  }
}

/**
 * Keeps this laptop's own batches under its identity as it leaves it (the office moved to another
 * exchange folder): from then on they are another laptop's to the new identity, and relayed like them.
 */
export function keepOwnBatches(db: Db, replica: string, lastSeq: number, headerOf: (seq: number) => BatchHeader | null, shaOf: (seq: number) => string | null): number {
  let kept = 0;
  for (let seq = 1; seq <= lastSeq; seq++) {
    const header = headerOf(seq);
    const sha = shaOf(seq);
    if (!header || !sha || header.replica !== replica) continue;
    const rows = statement(db, 'SELECT line FROM exchange_outbox WHERE published = ? ORDER BY n').pluck().all(seq) as string[];
    keepCopy(db, replica, seq, sha, batchText(header, rows.map((r) => JSON.parse(r) as Line)));
    kept++;
  }
  return kept;
}

/** The blocks of a relay of `replica`'s batches from..to, classified records left out (null: a batch is not kept here). */
export function relayBlocks(db: Db, replica: string, from: number, to: number): { blocks: PackBlock[]; lines: number; exchangeId: string } | null {
  const blocks: PackBlock[] = [];
  let lines = 0;
  let exchangeId: string | null = null;
  for (let seq = from; seq <= to; seq++) {
    const copy = copyOf(db, replica, seq);
    if (!copy || copy.header.seq !== seq || copy.header.replica !== replica) return null;
    if (exchangeId !== null && copy.header.exchangeId !== exchangeId) return blocks.length ? { blocks, lines, exchangeId } : null;
    exchangeId = copy.header.exchangeId;
    // A marking alone (no text) is relayed all the same: without it a reader would go on treating as
    // unclassified a delegation its owner raised.
    const kept = copy.lines.filter((l) => isMarkingOnly(l) || !isClassified(db, l.e, l.id));
    blocks.push({ seq, sha256: copy.sha256, text: batchText(copy.header, kept) });
    lines += kept.length;
  }
  return exchangeId === null ? null : { blocks, lines, exchangeId };
}

export const relayName = (replica: string, from: number, to: number) => `relay-${replica}-${String(from).padStart(9, '0')}-${String(to).padStart(9, '0')}.asx`;

/**
 * Answers the other laptops' wants from what this laptop keeps: writes the relays wanted that it
 * can give (the owner's batches from the first wanted to the last applied here), drops those no
 * laptop wants any more, and says what this laptop itself wants. Returns the head to publish when
 * it changed (the caller writes it), and the files to remove once it is written.
 */
export async function answerWants(args: {
  db: Db;
  fs: ExchangeFs;
  myDir: string;
  me: string;
  head: RelayHead;
  others: ReadonlyMap<string, RelayHead>;
  applied: ReadonlyMap<string, { seq: number }>;
  wants: Record<string, number>;
  deviceOf: (replica: string) => RelayEntry['device'];
}): Promise<{ head: RelayHead; remove: string[]; written: number } | null> {
  const { db, fs, myDir, me, head, others, applied } = args;
  const need = new Map<string, number>();
  for (const [replica, h] of others) {
    for (const [of, seq] of Object.entries(h.wants ?? {})) {
      if (of === me || of === replica || !Number.isInteger(seq) || seq < 1) continue;
      need.set(of, Math.min(need.get(of) ?? Infinity, seq));
    }
  }
  const relays: RelayEntry[] = [];
  const remove: string[] = [];
  let written = 0;
  for (const r of head.relays ?? []) {
    const from = need.get(r.of);
    const upTo = applied.get(r.of)?.seq ?? 0;
    // Still wanted and covering what is wanted: kept as it is (until this laptop holds more of it).
    if (from !== undefined && r.from <= from && r.to >= upTo) relays.push(r);
    else remove.push(r.file);
  }
  for (const [of, from] of need) {
    if (relays.some((r) => r.of === of)) continue;
    const to = applied.get(of)?.seq ?? 0;
    if (to < from) continue;
    const got = relayBlocks(db, of, from, to);
    if (!got?.blocks.length) continue;
    const last = got.blocks[got.blocks.length - 1]!.seq;
    const bytes = encodePack({ exchangeId: got.exchangeId, replica: of, from, to: last }, got.blocks);
    const file = relayName(of, from, last);
    await fs.unlink(path.join(myDir, file)).catch(() => undefined);
    await atomicWrite(fs, myDir, file, bytes);
    relays.push({ of, exchangeId: got.exchangeId, file, sha256: sha256(bytes), bytes: bytes.length, from, to: last, lines: got.lines, device: args.deviceOf(of) });
    written++;
  }
  relays.sort((a, b) => (a.of < b.of ? -1 : a.of > b.of ? 1 : 0));
  const wants = Object.fromEntries(Object.entries(args.wants).sort(([a], [b]) => (a < b ? -1 : 1)));
  const next: RelayHead = { ...head };
  delete next.relays;
  delete next.wants;
  if (relays.length) next.relays = relays;
  if (Object.keys(wants).length) next.wants = wants;
  if (JSON.stringify(next.relays ?? []) === JSON.stringify(head.relays ?? []) && JSON.stringify(next.wants ?? {}) === JSON.stringify(head.wants ?? {})) return null;
  return { head: next, remove: remove.filter((f) => !relays.some((r) => r.file === f)), written };
}
