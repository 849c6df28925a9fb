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
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Db } from '../../../db/open';
import { getMeta, setMeta } from '../../../db/repo/core/meta';
import { statement } from '../../../db/repo/core/statements';
import { isClassified } from '../../../db/exchange/model';
import { isMarkingOnly } from '../../../db/exchange/classified';
import type { Line } from '../../../db/exchange/outbox';
import { atomicWrite, batchText, encodePack, sha256, type BatchHeader, type ExchangeFs, type HeadFile, type PackBlock } from './share';

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
