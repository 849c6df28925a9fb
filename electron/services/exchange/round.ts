// One exchange round of this laptop with the shared folder: read the other laptops' heads and the
// batches not yet applied (checked whole before use), apply them in causal order (each batch in
// one short transaction, this laptop's own changes taken up first), then publish this laptop's
// changes since its last batch (batch file first, head last) and rewrite any of its own batches
// found damaged that some laptop still has to read; once an hour, check all of its own files, remove
// those of its folder its head no longer lists (STRAY_AFTER_MS) and the relay copies no laptop can
// need any more (relay.ts). Plain Node: the app's screens and its timer
// call it; the convergence simulation (tests/helpers/exchangeSimulation.ts) drives it directly.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HybridClock } from '../../../common/hlc';
import type { Messages } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { getMeta, setMeta } from '../../../db/repo/core/meta';
import { statement } from '../../../db/repo/core/statements';
import { errnoOf } from '../files/fsErrors';
import { applyLine, knownWrites, refreshSearch } from '../../../db/exchange/apply';
import type { EntityModel } from '../../../db/exchange/model';
import { formerReplicas, loadIdentity, recordIdentity, renewIdentity, saveIdentity, type Identity, type Renewal } from '../../../db/exchange/identity';
import { foldLocal, hasUnfoldedLocal, lastPublishedLine, waitingLines, type Line } from '../../../db/exchange/outbox';
import { AppError } from '../../../db/errors';
import { sampleLoaded } from '../../../db/seed/load';
import { dumpSnapshot, importSnapshot } from '../../../db/exchange/snapshot';
import { answerWants, dropSpentCopies, keepCopy, keepOwnBatches, type RelayEntry, type RelayHead } from './relay';
import {
  atomicWrite,
  BATCH_FORMAT,
  batchName,
  decodeBatch,
  decodePack,
  decodeSnapshot,
  damagedProblem,
  encodePack,
  encodeSnapshot,
  foreignProblem,
  packName,
  rowsOf,
  SNAPSHOT_FORMAT,
  type PackBlock,
  type PackEntry,
  formatVersion,
  kindOf,
  newerProblem,
  unchainedProblem,
  versionOf,
  deviceDir,
  devicesDir,
  encodeBatch,
  ensureExchange,
  HEAD_FORMAT,
  readJson,
  replaceFile,
  sha256,
  ShareProblem,
  type Batch,
  type BatchHeader,
  type ExchangeFs,
  type HeadFile,
} from './share';

/**
 * The schema a batch of this version can be read from on: an older app holds it until it is
 * updated. The exchange's line format appeared with migration 0015 (schema 16); 0016 added the
 * trip's records (agenda, documents, contacts, member logistics), which an older app could not
 * apply, so it is 17. Raise it with every migration that adds an exchanged record or field.
 */
export const MIN_READABLE_SCHEMA = 17;

/** A batch holds at least this many lines only when one transaction wrote more. */
export const MAX_BATCH_LINES = 200;
/**
 * A laptop packs its loose batches once this many were on the share before the round (the desk's
 * scheduler and the bench's heavy year use it); the batches it publishes in that round stay loose
 * until a later one, so a laptop one round behind reads them as small files and never a pack
 * rewritten for them. Why 32: at the end of a heavy year (10 laptops × 40 changes a day × 250
 * days) each laptop leaves at most 31 loose batches from earlier rounds plus those of its last
 * round (one, ~1.4 KB, at two rounds a day) beside its packs (~75 bytes a one-change batch), so the
 * share holds at most about 10 × (32 + a few packs + head, device and seen files) ≈ 400 files and,
 * even with one batch per change (a round every few minutes), about 8 MB; a laptop rewrites its
 * last pack (at most PACK_GROW_BELOW) about once in 32 rounds, not at every round, and only
 * laptops two rounds behind or more read it again (bench, 25 days of that year: a reader one round
 * behind reads 1.4 KB a round at most, where it read up to the whole pack, 16 KB at 25 days and up
 * to 512 KB later in the year, each time the pack took the batch just published; with one batch
 * per change, 0.7 KB at most where it read up to 72 KB, and 7 MB in the 25 days instead of 18 MB;
 * the share's files and bytes are the same as before, 113 files and 0.8 MB). Packs converge
 * in the simulation with its version, copy and restore faults (`npm run exchange:sim -- --pack-at
 * 3`): a damaged pack that every laptop had read is rewritten by its owner all the same
 * (VERIFY_OWN_EVERY), as a laptop restored from a backup, a copy or a newcomer will read it.
 */
export const PACK_AT = 32;
/**
 * How often (ms, by this laptop's clock) a laptop checks every file of its own the share lists,
 * and rewrites those found damaged or gone, even those every laptop known has read: a laptop
 * restored from its backup, a copied database or a laptop joining later reads them again. (The
 * files some laptop has still to read are checked every round.)
 */
export const VERIFY_OWN_EVERY = 3600_000;
/** A pack smaller than this takes the next batches in (rewritten whole) instead of a new pack beginning. */
export const PACK_GROW_BELOW = 512 * 1024;
/** A snapshot is written once the state holds this many lines more than the fullest snapshot on the share. */
export const SNAPSHOT_EVERY = 20_000;

export interface ExchangeEnv {
  db: Db;
  /** The database file (the identity file lives beside it). */
  dbFile: string;
  folder: string;
  fs: ExchangeFs;
  /** This computer's name (an identity file copied with the database to another computer is not trusted). */
  host: string;
  /** Wall time now, ms (the laptop's own clock, however wrong). */
  now: () => number;
  deviceName?: string | null;
  officerName?: string | null;
  appVersion?: string;
  /** Defaults: the number of migrations this database has applied, and MIN_READABLE_SCHEMA. */
  schema?: number;
  minSchema?: number;
  /**
   * Write a snapshot once the state holds this many lines more than the fullest snapshot on the
   * share (default SNAPSHOT_EVERY; 0: never).
   */
  snapshotEvery?: number;
  /** Pack this laptop's batches once this many were loose before the round (unset: never; see PACK_AT). */
  packAt?: number;
  /** Check every file of its own on the share this often, ms (default VERIFY_OWN_EVERY; 0: every round). */
  verifyOwnEvery?: number;
}

/** Test hooks: a laptop killed at a point of its publish. */
export interface RoundHooks {
  afterBatchFile?: () => void;
  afterHead?: () => void;
  /** Awaited after each batch applied (the desk's scheduler yields here, so the screens' requests run between batches). */
  betweenBatches?: () => Promise<void>;
}

export interface Problem {
  replica: string;
  laptop: string;
  file: string | null;
  kind: ShareProblem['kind'] | 'apply';
  messages: Messages;
}

export interface RoundReport {
  replica: string;
  renewed: Renewal | 'adopted' | 'taken' | 'moved';
  batchesApplied: number;
  linesApplied: number;
  published: number | null;
  repaired: number;
  problems: Problem[];
  /** Batches read but held: they depend on batches of other laptops not applied here yet. */
  waiting: Array<{ replica: string; seq: number; needs: Record<string, number> }>;
  /** This laptop joined from a snapshot in this round: whose, and how many records it held. */
  joined?: { replica: string; file: string; records: number };
  /** Batches of this laptop consolidated into a pack in this round. */
  packed?: number;
  /** The snapshot this laptop wrote in this round. */
  snapshot?: string;
  /** How long writing it held the write lock (taking up this laptop's changes), and read the state in a read transaction, ms. */
  snapshotLockMs?: number;
  snapshotReadMs?: number;
  /**
   * This laptop's first round in a folder other than the one it exchanged in before: one it was the
   * first to use (it carried the office's exchange there), or one holding another exchange (it
   * joined it under a new identity).
   */
  moved?: 'carried' | 'joined';
  /** Batches of other laptops taken from a relay copy (their owner's file unreadable), and relay copies this laptop wrote for the others. */
  relayed?: number;
  relaysWritten?: number;
  /** Files of this laptop's own folder that its head no longer lists (left by a round cut short), removed in this round. */
  strayRemoved?: number;
  /** Relay copies kept here that no laptop can need any more (relay.ts), dropped in this round. */
  copiesDropped?: number;
}

/** SQLite could not grow the database: this computer's disk (or the database's quota) is full. */
const diskFull = (err: unknown) => (err as { code?: string } | null)?.code === 'SQLITE_FULL';

const schemaOf = (db: Db) => (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;

function latestHlc(db: Db): string | null {
  const r = statement(db, 'SELECT hlc FROM exchange_outbox ORDER BY n DESC LIMIT 1').get() as { hlc: string } | undefined;
  const a = statement(db, "SELECT max(hlc) AS hlc FROM change_log WHERE seq > (SELECT coalesce(max(seq), 0) - 1000 FROM change_log) AND origin = 'remote'").get() as { hlc: string | null };
  return [r?.hlc ?? '', a.hlc ?? ''].sort().pop() || null;
}

function clockOf(db: Db, id: Identity): HybridClock {
  const best = [id.clock, latestHlc(db) ?? ''].sort().pop() ?? '';
  // The clock's own replica part is this laptop's; only wall time and counter carry over.
  return new HybridClock(id.replica, best || null);
}

function appliedMap(db: Db): Map<string, { seq: number; sha256: string }> {
  return new Map(
    (statement(db, 'SELECT replica, seq, sha256 FROM exchange_applied').all() as Array<{ replica: string; seq: number; sha256: string }>).map((r) => [
      r.replica,
      { seq: r.seq, sha256: r.sha256 },
    ]),
  );
}

const publisherOf = (token: string) => sha256(`publisher:${token}`);

/** The copy of this laptop's head kept beside the database (written after the share's). */
const keptHeadFile = (dbFile: string) => `${dbFile}.exchange-head.json`;

function keepHead(dbFile: string, head: HeadFile): void {
  const file = keptHeadFile(dbFile);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(head));
  renameSync(tmp, file);
}

/**
 * The kept head, when it is this identity's and names the last batch it recorded as published (as
 * a loose batch, or inside one of its packs), or the one after it (a publish cut short after its
 * head: adopted).
 */
function keptHead(dbFile: string, identity: Identity): HeadFile | null {
  try {
    const head = JSON.parse(readFileSync(keptHeadFile(dbFile), 'utf8')) as HeadFile;
    if (head.replica !== identity.replica || head.publisher !== publisherOf(identity.token)) return null;
    if (head.lastSeq !== identity.lastSeq && head.lastSeq !== identity.lastSeq + 1) return null;
    const recorded = head.batches.find((b) => b.seq === identity.lastSeq);
    // A batch packed keeps its SHA-256 in the pack's index, which the head does not list: its pack names it.
    const packed = !recorded && identity.lastSeq > 0 && (head.packs ?? []).some((p) => p.from <= identity.lastSeq && identity.lastSeq <= p.to);
    if (!packed && (recorded?.sha256 ?? '') !== identity.lastSha) return null;
    return head;
  } catch {
    return null;
  }
}

export async function exchangeRound(env: ExchangeEnv, hooks: RoundHooks = {}): Promise<RoundReport> {
  const { db, fs, folder } = env;
  // Nothing is read or written while the sample desk is loaded (db/seed/load.ts says why).
  if (sampleLoaded(db)) {
    throw new AppError('VALIDATION', {
      vi: 'Máy này đang có dữ liệu mẫu để tập huấn: hãy gỡ dữ liệu mẫu (Cài đặt) trước khi trao đổi với các máy khác. Chưa có gì được đọc hay ghi vào thư mục trao đổi.',
      en: 'This laptop holds the sample desk for training: remove it (Settings) before exchanging with the other laptops. Nothing was read from or written to the exchange folder.',
    });
  }
  const formerReplica = (JSON.parse(getMeta(db, 'exchange_identity') ?? '{}') as { replica?: string }).replica;
  const loaded = loadIdentity(db, env.dbFile, env.host);
  // Restored from a backup: the identity it leaves behind is this laptop's own, whose head it may
  // have to put back (putBackFormerHead), until it publishes under the new one.
  if (loaded.renewed === 'restored' && formerReplica) setMeta(db, FORMER_META, formerReplica);
  let identity = loaded.identity;
  let renewed: RoundReport['renewed'] = loaded.renewed;
  const schema = env.schema ?? schemaOf(db);
  const minSchema = env.minSchema ?? MIN_READABLE_SCHEMA;
  const report: RoundReport = { replica: identity.replica, renewed, batchesApplied: 0, linesApplied: 0, published: null, repaired: 0, problems: [], waiting: [] };

  // The exchange this laptop took part in so far: carried to a folder it is the first to use, and
  // told apart from another exchange (the office moved its exchange to a folder that holds one).
  const known = knownExchangeId(db, identity);
  const onShareExchange = await readJson<{ exchangeId?: string }>(fs, path.join(folder, 'exchange.json'));
  const freshFolder = known !== null && onShareExchange === null;
  const exchangeId = onShareExchange?.exchangeId || (await ensureExchange(fs, folder, known));
  const joinedOther = known !== null && known !== exchangeId;
  /**
   * This laptop's first round in another folder than before (one it is the first to use, or one
   * holding another exchange): it writes a snapshot there for the laptops that follow, since the
   * old folder may be gone.
   */
  const moved = joinedOther || freshFolder;
  if (joinedOther && identity.lastSeq > 0) {
    // Its batches chain in the exchange they were published in: it takes a new identity here, and
    // its batches so far become another laptop's, kept for relaying to the laptops of this folder.
    const id = identity;
    db.transaction(() => keepOwnBatches(db, id.replica, id.lastSeq, ownHeaderOf(db), (seq) => (seq === id.lastSeq ? id.lastSha : (ownHeaderOf(db)(seq + 1)?.prev ?? null))))();
    identity = renewIdentity(db, env.dbFile, env.host, identity.clock);
    renewed = 'moved';
    report.replica = identity.replica;
    report.renewed = renewed;
  }

  const former = getMeta(db, FORMER_META);
  if (former && former !== identity.replica) {
    if (await putBackFormerHead(env, exchangeId, former)) setMeta(db, FORMER_META, '');
  }

  // Our own head: a publish cut short after its head was written is adopted; a head that is not
  // ours means another database publishes under this id (a copied file): take a new one.
  let myDir = deviceDir(folder, identity.replica);
  let ownHead = await readJson<HeadFile>(fs, path.join(myDir, 'head.json'));
  // Our head as we last wrote it is kept beside the database too: an old copy of it put back on the
  // share (or one gone) would otherwise be extended, or a publish cut short written again
  // differently, and the batches the others already read would no longer follow.
  const keptHere = keptHead(env.dbFile, identity);
  const kept = keptHere && keptHere.exchangeId === exchangeId ? keptHere : null;
  let staleOnShare = false;
  // The kept head is the one this laptop wrote last (every head it writes is kept): one on the share
  // that lists less, or the same batches otherwise (an old copy from before a pack), is put back.
  if (kept && (!ownHead || ownHead.lastSeq < kept.lastSeq || (ownHead.lastSeq === kept.lastSeq && JSON.stringify(ownHead) !== JSON.stringify(kept)))) {
    ownHead = kept;
    staleOnShare = true;
  }
  if (ownHead && ownHead.lastSeq > identity.lastSeq) {
    const last = ownHead.batches[ownHead.batches.length - 1];
    if (ownHead.publisher === publisherOf(identity.token) && ownHead.exchangeId === exchangeId && last && last.seq === ownHead.lastSeq && ownHead.lastSeq === identity.lastSeq + 1) {
      const seq = ownHead.lastSeq;
      const outboxTo = ownHead.outboxTo;
      // The batch's header, kept to rebuild it if it is damaged later: from the file (else as it must have been).
      let header = JSON.stringify({ format: BATCH_FORMAT, exchangeId, replica: identity.replica, seq, prev: identity.lastSha, schema, minSchema, deps: last.deps ?? {} } satisfies BatchHeader);
      try {
        header = rowsOf(await fs.readFile(path.join(myDir, last.file)), last.sha256, { laptop: identity.replica, file: last.file })[0] ?? header;
      } catch {
        // not readable now: the header as this version writes it
      }
      identity = { ...identity, lastSeq: seq, lastSha: last.sha256 };
      const id = identity;
      db.transaction(() => {
        statement(db, 'UPDATE exchange_outbox SET published = ? WHERE n > ? AND n <= ? AND published IS NULL').run(seq, lastPublishedLine(db), outboxTo);
        setMeta(db, headerMeta(seq), header);
        recordIdentity(db, id);
      })();
      saveIdentity(env.dbFile, env.host, identity);
      renewed = 'adopted';
    } else {
      identity = renewIdentity(db, env.dbFile, env.host, identity.clock);
      renewed = 'taken';
      myDir = deviceDir(folder, identity.replica);
      ownHead = null;
      staleOnShare = false;
    }
  } else if (ownHead && ownHead.publisher !== publisherOf(identity.token)) {
    identity = renewIdentity(db, env.dbFile, env.host, identity.clock);
    renewed = 'taken';
    myDir = deviceDir(folder, identity.replica);
    ownHead = null;
    staleOnShare = false;
  }
  report.replica = identity.replica;
  report.renewed = renewed;
  const clock = clockOf(db, identity);

  await fs.mkdir(myDir, { recursive: true });
  const device = { replica: identity.replica, name: env.deviceName ?? null, officer: env.officerName ?? null, appVersion: env.appVersion ?? null };
  const onShare = await readJson<typeof device>(fs, path.join(myDir, 'device.json'));
  if (JSON.stringify(onShare) !== JSON.stringify(device)) await replaceFile(fs, myDir, 'device.json', Buffer.from(JSON.stringify(device)));
  if (staleOnShare && ownHead) await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(ownHead)));

  // Read: every other laptop's head, then only the batches not applied yet, by name.
  const applied = appliedMap(db);
  const pending = new Map<string, Batch[]>();
  const names = new Map<string, { name: string | null; officer: string | null; appVersion: string | null }>();
  const theirApplied: number[] = [];
  const heads = new Map<string, HeadFile>();
  /** Laptops whose head could not be used (unreadable, foreign, newer): not read through relays either. */
  const skipped = new Set<string>();
  /**
   * A laptop of this exchange whose head could not be read (unreadable, newer, not published yet or
   * being replaced): what it applied is not known, so no relay copy is dropped this round.
   */
  let headsUnsure = false;
  let entries: string[] = [];
  try {
    entries = await fs.readdir(devicesDir(folder));
  } catch (err) {
    if (errnoOf(err) !== 'ENOENT') throw err;
  }
  for (const replica of entries.sort()) {
    if (replica === identity.replica || replica.startsWith('.')) continue;
    const dir = deviceDir(folder, replica);
    const problem = (kind: Problem['kind'], file: string | null, messages: Messages, laptop: string) => report.problems.push({ replica, laptop, file, kind, messages });
    let head: HeadFile | null;
    try {
      head = await readJson<HeadFile>(fs, path.join(dir, 'head.json'));
    } catch (err) {
      problem('unreachable', 'head.json', { vi: `Không đọc được tệp head.json của máy ${replica} (${errnoOf(err)}).`, en: `Could not read laptop ${replica}'s head.json (${errnoOf(err)}).` }, replica);
      skipped.add(replica);
      headsUnsure = true;
      continue;
    }
    if (!head) {
      headsUnsure = true;
      continue; // not published yet, or being replaced: next round
    }
    const headVersion = formatVersion(head.format, kindOf(HEAD_FORMAT));
    if (headVersion !== null && headVersion > versionOf(HEAD_FORMAT) && head.exchangeId === exchangeId) {
      const p = newerProblem({ laptop: replica, file: 'head.json' });
      problem(p.kind, 'head.json', p.messages, replica);
      skipped.add(replica);
      headsUnsure = true;
      continue;
    }
    if (headVersion === null || head.exchangeId !== exchangeId || head.replica !== replica) {
      problem('foreign', 'head.json', {
        vi: `Thư mục ${replica} chứa tệp của một thư mục trao đổi khác: đã bỏ qua.`,
        en: `Folder ${replica} holds files of another exchange folder: skipped.`,
      }, replica);
      skipped.add(replica);
      continue;
    }
    theirApplied.push(head.applied[identity.replica] ?? 0);
    heads.set(replica, head);
  }

  // A laptop joining with an empty desk starts from the fullest snapshot on the share, if one is whole.
  if (identity.lastSeq === 0 && applied.size === 0 && !statement(db, 'SELECT 1 FROM change_log WHERE origin IS NULL LIMIT 1').get()) {
    const joined = await joinFromSnapshot(env, heads, exchangeId, schema, clock, report);
    if (joined) for (const [r, a] of appliedMap(db)) applied.set(r, a);
  }

  // Relay copies the other laptops offer (relay.ts), and the laptops known only through them or
  // through what the others applied (their own head gone from the share).
  const relaysOf = new Map<string, Array<{ by: string; entry: RelayEntry }>>();
  for (const [by, h] of heads as Map<string, RelayHead>) {
    for (const entry of Array.isArray(h.relays) ? h.relays : []) {
      if (typeof entry?.of !== 'string' || entry.of === identity.replica || entry.of === by || typeof entry.file !== 'string' || entry.file.includes('/') || entry.file.includes('\\')) continue;
      let list = relaysOf.get(entry.of);
      if (!list) relaysOf.set(entry.of, (list = []));
      list.push({ by, entry });
    }
  }
  const reading = new Map<string, HeadFile>(heads);
  const claims: Array<[string, number]> = [];
  for (const h of heads.values()) for (const [r, seq] of Object.entries(h.applied ?? {})) claims.push([r, seq]);
  for (const list of relaysOf.values()) for (const { entry } of list) claims.push([entry.of, entry.to]);
  // A head behind what others applied of it (an old copy put back on the share by someone, its
  // owner gone) is read on through the relays too.
  for (const [r, seq] of claims) {
    if (r === identity.replica || skipped.has(r) || typeof seq !== 'number' || seq <= (applied.get(r)?.seq ?? 0)) continue;
    const known = reading.get(r);
    if (known && known.lastSeq >= seq) continue;
    reading.set(r, known ? { ...known, lastSeq: seq } : { format: HEAD_FORMAT, exchangeId, replica: r, lastSeq: seq, batches: [], schema, applied: {}, publisher: '', outboxTo: 0 });
  }
  /** What this laptop lacks and cannot read from the owner's files: asked of the others in its head. */
  const wants: Record<string, number> = {};
  let relayed = 0;

  for (const [replica, head] of reading) {
    const dir = deviceDir(folder, replica);
    const problem = (kind: Problem['kind'], file: string | null, messages: Messages, laptop: string) => report.problems.push({ replica, laptop, file, kind, messages });
    const done = applied.get(replica) ?? { seq: 0, sha256: '' };
    const offered = relaysOf.get(replica) ?? [];
    const lastSeq = Math.max(head.lastSeq, ...offered.map((o) => o.entry.to));
    if (lastSeq <= done.seq) continue;
    const fromRelay = offered[0]?.entry.device;
    const info = (heads.has(replica)
      ? await readJson<{ name: string | null; officer: string | null; appVersion: string | null }>(fs, path.join(dir, 'device.json')).catch(() => null)
      : null) ?? { name: fromRelay?.name ?? null, officer: fromRelay?.officer ?? null, appVersion: fromRelay?.appVersion ?? null };
    names.set(replica, info);
    const laptop = info.name ? `${info.name} (${replica.slice(-8)})` : replica;
    const bySeq = new Map(head.batches.map((b) => [b.seq, b]));
    const packs = head.packs ?? [];
    let prev = done.sha256;
    const list: Batch[] = [];
    for (let seq = done.seq + 1; seq <= lastSeq; ) {
      // From the owner's own file (a batch or a pack): the batches read, or why not.
      const own = async (): Promise<{ batches: Batch[] } | { kind: Problem['kind']; file: string; messages: Messages }> => {
        const entry = bySeq.get(seq);
        const pack = entry ? undefined : packs.find((p) => p.from <= seq && seq <= p.to);
        const file = entry ? batchName(seq) : (pack?.file ?? batchName(seq));
        if (!entry && !pack) return { kind: 'missing', file, messages: { vi: `Thiếu tệp ${file} của máy ${laptop}: sẽ thử lại.`, en: `The file ${file} from laptop ${laptop} is missing: will try again.` } };
        let bytes: Buffer;
        try {
          bytes = await fs.readFile(path.join(dir, file));
        } catch (err) {
          return {
            kind: 'missing',
            file,
            messages: {
              vi: `Không đọc được tệp ${file} của máy ${laptop} (${errnoOf(err)}): sẽ thử lại.`,
              en: `Could not read the file ${file} from laptop ${laptop} (${errnoOf(err)}): will try again.`,
            },
          };
        }
        try {
          if (entry) return { batches: [decodeBatch(bytes, { exchangeId, replica, seq, prev, sha256: entry.sha256, schema }, { laptop, file })] };
          const batches = decodePack(bytes, { exchangeId, replica, sha256: pack!.sha256, from: pack!.from, to: pack!.to, schema }, { laptop, file }).filter((b) => b.header.seq >= seq);
          if (batches[0]?.header.prev !== prev) throw unchainedProblem({ laptop, file });
          return { batches };
        } catch (err) {
          if (!(err instanceof ShareProblem)) throw err;
          return { kind: err.kind, file, messages: err.messages };
        }
      };
      // From a relay copy another laptop wrote of them (the owner's file unreadable).
      const relay = async (): Promise<Batch[] | null> => {
        for (const { by, entry } of offered.filter((o) => o.entry.from <= seq && seq <= o.entry.to).sort((a, b) => b.entry.to - a.entry.to)) {
          try {
            const bytes = await fs.readFile(path.join(deviceDir(folder, by), entry.file));
            const batches = decodePack(bytes, { exchangeId: entry.exchangeId, replica, sha256: entry.sha256, from: entry.from, to: entry.to, schema }, { laptop: by, file: entry.file }).filter(
              (b) => b.header.seq >= seq,
            );
            if (batches[0]?.header.seq !== seq || batches[0].header.prev !== prev) continue;
            return batches.map((b) => ({ ...b, file: entry.file }));
          } catch {
            // damaged, gone or foreign: another relay, or the next round
          }
        }
        return null;
      };
      const got = await own();
      let batches = 'batches' in got ? got.batches : null;
      if (!('batches' in got) && got.kind !== 'newer') {
        batches = await relay();
        if (batches) relayed += batches.length;
      }
      if (!batches?.length) {
        if (!('batches' in got)) {
          // Beyond what the owner's head lists, only asked of the others (its head is older than what they applied).
          if (seq <= (heads.get(replica)?.lastSeq ?? 0)) problem(got.kind, got.file, got.messages, laptop);
          if (got.kind !== 'newer') wants[replica] = seq;
        }
        break;
      }
      list.push(...batches);
      prev = batches[batches.length - 1]!.sha256;
      seq = batches[batches.length - 1]!.header.seq + 1;
    }
    if (list.length) pending.set(replica, list);
  }
  if (relayed) report.relayed = relayed;

  // Apply, in causal order: a batch waits for what its publisher had applied.
  const blocked = new Set<string>();
  const knownWrite = knownWrites(db, formerReplicas(db));
  for (let progress = true; progress; ) {
    progress = false;
    for (const [replica, list] of pending) {
      if (blocked.has(replica) || !list.length) continue;
      const batch = list[0]!;
      const ready = Object.entries(batch.header.deps).every(([r, s]) => r === identity.replica || (applied.get(r)?.seq ?? 0) >= s);
      if (!ready) continue;
      const info = names.get(replica);
      try {
        const now = env.now();
        db.transaction(() => {
          foldLocal(db, identity.replica, clock);
          const touched = new Map<string, EntityModel>();
          const ctx = { replica, tx: `${replica}:${batch.header.seq}`, clock, now, touched, known: knownWrite };
          for (const line of batch.lines) if (applyLine(db, line, ctx)) report.linesApplied++;
          refreshSearch(db, touched);
          keepCopy(db, replica, batch.header.seq, batch.sha256, batch.text);
          statement(
            db,
            `INSERT INTO exchange_applied (replica, seq, sha256, device_name, officer_name, app_version, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT(replica) DO UPDATE SET seq = excluded.seq, sha256 = excluded.sha256, device_name = excluded.device_name,
               officer_name = excluded.officer_name, app_version = excluded.app_version, last_seen_at = excluded.last_seen_at`,
          ).run(replica, batch.header.seq, batch.sha256, info?.name ?? null, info?.officer ?? null, info?.appVersion ?? null, new Date(now).toISOString());
        }).immediate();
      } catch (err) {
        blocked.add(replica);
        const laptop = info?.name ?? replica;
        report.problems.push({
          replica,
          laptop,
          file: batch.file,
          kind: 'apply',
          messages: diskFull(err)
            ? {
                vi: `Ổ đĩa của máy này đã đầy: chưa nhận được các thay đổi trong tệp ${batch.file} của máy ${laptop}. Không có gì bị ghi dở; hãy giải phóng chỗ trống, việc trao đổi sẽ tự thử lại.`,
                en: `This computer's disk is full: the changes in ${batch.file} from laptop ${laptop} were not taken in. Nothing was half-written; free some space and the exchange will try again.`,
              }
            : {
                vi: `Chưa nhận được các thay đổi trong tệp ${batch.file} của máy ${laptop} (${(err as Error).message}); không có gì bị ghi dở, sẽ thử lại.`,
                en: `The changes in ${batch.file} from laptop ${laptop} could not be taken in (${(err as Error).message}); nothing was half-written, will try again.`,
              },
        });
        continue;
      }
      applied.set(replica, { seq: batch.header.seq, sha256: batch.sha256 });
      list.shift();
      report.batchesApplied++;
      progress = true;
      // Between batches the app's other work (a screen's query) runs: one batch is one short transaction.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (hooks.betweenBatches) await hooks.betweenBatches();
    }
  }

  for (const [replica, list] of pending) {
    const b = list[0];
    if (!b || blocked.has(replica)) continue;
    const needs = Object.fromEntries(Object.entries(b.header.deps).filter(([r, s]) => r !== identity.replica && (applied.get(r)?.seq ?? 0) < s));
    report.waiting.push({ replica, seq: b.header.seq, needs });
  }

  // Publish this laptop's changes since its last batch: batch file, then head, then the record.
  /** The last batch of ours on the share before this round's: those after it stay loose this round (packing below). */
  const onShareBefore = identity.lastSeq;
  const outbox = db.transaction(() => {
    foldLocal(db, identity.replica, clock);
    return waitingLines(db);
  }).immediate();
  const appliedNow = Object.fromEntries([...appliedMap(db)].map(([r, a]) => [r, a.seq]));
  // Several batches when there is much to publish (each of whole transactions: cut only where the
  // time of the change moves on), so that a laptop applying them stays responsive between them.
  for (let from = 0; from < outbox.length; ) {
    const lines: Line[] = [];
    let to = from;
    for (; to < outbox.length; to++) {
      const line = JSON.parse(outbox[to]!.line) as Line;
      if (lines.length >= MAX_BATCH_LINES && line.at !== lines[lines.length - 1]!.at) break;
      lines.push(line);
    }
    const seq = identity.lastSeq + 1;
    const header: BatchHeader = { format: BATCH_FORMAT, exchangeId, replica: identity.replica, seq, prev: identity.lastSha, schema, minSchema, deps: appliedNow };
    const bytes = encodeBatch(header, lines);
    const file = batchName(seq);
    // A file of this number not listed in the head is a publish cut short: only this laptop wrote it, nobody read it.
    await fs.unlink(path.join(myDir, file)).catch((err: unknown) => {
      if (errnoOf(err) !== 'ENOENT') throw err;
    });
    await atomicWrite(fs, myDir, file, bytes);
    hooks.afterBatchFile?.();
    // What its header says, so that the file can be rebuilt identically by a later version of the app.
    const entry = { seq, file, sha256: sha256(bytes), bytes: bytes.length, lines: lines.length, deps: appliedNow, schema, minSchema };
    const outboxTo = outbox[to - 1]!.n;
    const head: HeadFile = {
      format: HEAD_FORMAT,
      exchangeId,
      replica: identity.replica,
      lastSeq: seq,
      batches: [...(ownHead?.batches ?? []), entry],
      ...(ownHead?.packs?.length ? { packs: ownHead.packs } : {}),
      ...(ownHead?.snapshot ? { snapshot: ownHead.snapshot } : {}),
      ...relayFields(ownHead),
      schema,
      applied: appliedNow,
      publisher: publisherOf(identity.token),
      outboxTo,
    };
    await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(head)));
    keepHead(env.dbFile, head);
    ownHead = head;
    hooks.afterHead?.();
    identity = { ...identity, lastSeq: seq, lastSha: entry.sha256 };
    const id = identity;
    db.transaction(() => {
      statement(db, 'UPDATE exchange_outbox SET published = ? WHERE n >= ? AND n <= ? AND published IS NULL').run(seq, outbox[from]!.n, outboxTo);
      setMeta(db, headerMeta(seq), JSON.stringify(header));
      recordIdentity(db, id);
    })();
    saveIdentity(env.dbFile, env.host, { ...identity, clock: clock.current() });
    report.published = seq;
    from = to;
  }
  if (!outbox.length && ownHead && JSON.stringify(ownHead.applied) !== JSON.stringify(appliedNow)) {
    // Nothing new of ours, but what we applied changed: say so (the owners can then tell what everybody has read).
    ownHead = { ...ownHead, applied: appliedNow };
    await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(ownHead)));
    keepHead(env.dbFile, ownHead);
  }

  // Compaction: the loose batches that were on the share before this round into a pack. Those
  // just published stay loose: a laptop one round behind reads them as small files, not the
  // pack they would otherwise have been rewritten into (up to PACK_GROW_BELOW for one batch).
  const settled = ownHead ? ownHead.batches.filter((b) => b.seq <= onShareBefore).length : 0;
  if (ownHead && env.packAt && settled >= Math.max(1, env.packAt)) {
    const packed = await packOwnBatches(env, myDir, exchangeId, identity.replica, ownHead, settled);
    if (packed) {
      report.packed = settled;
      ownHead = packed;
    }
  }

  // A snapshot for the laptops that will join, once the state has grown well past the fullest one on the share.
  const every = env.snapshotEvery ?? SNAPSHOT_EVERY;
  /** A head made here and not written to the share yet (written with a snapshot, or below for the relays). */
  let headNotWritten = !ownHead;
  if (!ownHead && every > 0 && identity.lastSeq === 0 && applied.size) {
    // A laptop that has published nothing yet may still write a snapshot: its head then lists no batch.
    ownHead = {
      format: HEAD_FORMAT,
      exchangeId,
      replica: identity.replica,
      lastSeq: 0,
      batches: [],
      schema,
      applied: Object.fromEntries([...applied].map(([r, a]) => [r, a.seq])),
      publisher: publisherOf(identity.token),
      outboxTo: 0,
    };
  }
  if (ownHead && every > 0) {
    const all = new Map(heads);
    all.set(identity.replica, ownHead);
    let ours = linesUpTo(ownHead, identity.lastSeq);
    for (const [r, h] of heads) ours += linesUpTo(h, applied.get(r)?.seq ?? 0);
    let best = 0;
    for (const h of all.values()) if (h.snapshot) best = Math.max(best, coveredLines(all, h.snapshot.covers));
    // Our snapshot once another laptop's is fuller: removed (one or two snapshots stay on the share, not one per laptop).
    const mine = ownHead.snapshot ? coveredLines(all, ownHead.snapshot.covers) : null;
    if (ownHead.snapshot && mine !== null && [...heads.values()].some((h) => h.snapshot && coveredLines(all, h.snapshot.covers) > mine)) {
      const gone = ownHead.snapshot;
      const { snapshot: _gone, ...rest } = ownHead;
      ownHead = rest;
      await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(ownHead)));
      keepHead(env.dbFile, ownHead);
      await fs.unlink(path.join(myDir, gone.file)).catch(() => undefined);
    }
    if (ours - best >= every || moved) {
      const written = await writeSnapshot(env, myDir, exchangeId, identity, clock, ownHead, schema, minSchema, report);
      if (written) {
        ownHead = written;
        headNotWritten = false;
        report.snapshot = written.snapshot!.file;
      }
    }
  }

  // Our own batches and packs, rewritten identically if found damaged or gone: those some laptop
  // has still to read at every round; all of them when a check is due (VERIFY_OWN_EVERY), since a
  // laptop restored from its backup, a copy or a newcomer reads again what every laptop had read,
  // and may do so when this one is away (or gone). A damaged pack is never left for them to skip.
  /** The hourly check of this laptop's own files is due in this round (the clean-ups below go with it). */
  let ownCheckDue = false;
  if (ownHead) {
    const checkedAt = Number(getMeta(db, VERIFIED_META) ?? 'NaN');
    const now = env.now();
    // Due at the first round, when the period is over, and when this laptop's clock went back.
    const due = !(checkedAt <= now && now - checkedAt < (env.verifyOwnEvery ?? VERIFY_OWN_EVERY));
    ownCheckDue = due;
    const from = due ? 0 : theirApplied.length ? Math.min(...theirApplied) : 0;
    const whole = async (file: string, sha: string) => {
      try {
        return sha256(await fs.readFile(path.join(myDir, file))) === sha;
      } catch {
        return false;
      }
    };
    for (const entry of ownHead.batches) {
      if (entry.seq <= from || (await whole(entry.file, entry.sha256))) continue;
      const prev = ownHead.batches.find((b) => b.seq === entry.seq - 1)?.sha256 ?? '';
      const e = entry as typeof entry & { deps?: Record<string, number>; schema?: number; minSchema?: number };
      const fallback: BatchHeader = {
        format: BATCH_FORMAT,
        exchangeId,
        replica: identity.replica,
        seq: entry.seq,
        prev,
        schema: e.schema ?? schema,
        minSchema: e.minSchema ?? minSchema,
        deps: e.deps ?? {},
      };
      const bytes = rebuildOwnBatch(db, entry.seq, fallback);
      if (!bytes || sha256(bytes) !== entry.sha256) continue; // written by another version: cannot be rebuilt here
      await fs.unlink(path.join(myDir, entry.file)).catch(() => undefined);
      await atomicWrite(fs, myDir, entry.file, bytes);
      report.repaired++;
    }
    for (const pack of ownHead.packs ?? []) {
      if (pack.to <= from || (await whole(pack.file, pack.sha256))) continue;
      const blocks: PackBlock[] = [];
      for (let seq = pack.from; seq <= pack.to; seq++) {
        const bytes = rebuildOwnBatch(db, seq, null);
        if (!bytes) break;
        blocks.push({ seq, sha256: sha256(bytes), text: gunzipSync(bytes).toString('utf8') });
      }
      if (blocks.length !== pack.to - pack.from + 1) continue;
      const bytes = encodePack({ exchangeId, replica: identity.replica, from: pack.from, to: pack.to }, blocks);
      if (sha256(bytes) !== pack.sha256) continue;
      await fs.unlink(path.join(myDir, pack.file)).catch(() => undefined);
      await atomicWrite(fs, myDir, pack.file, bytes);
      report.repaired++;
    }
    if (due) setMeta(db, VERIFIED_META, String(now));
  }

  // Relay copies: what this laptop wants of the others, and the copies it keeps that they want (relay.ts).
  {
    const base: RelayHead = ownHead ?? {
      format: HEAD_FORMAT,
      exchangeId,
      replica: identity.replica,
      lastSeq: 0,
      batches: [],
      schema,
      applied: Object.fromEntries([...applied].map(([r, a]) => [r, a.seq])),
      publisher: publisherOf(identity.token),
      outboxTo: 0,
    };
    const deviceOf = (r: string) => {
      const row = statement(db, 'SELECT device_name AS name, officer_name AS officer, app_version AS appVersion FROM exchange_applied WHERE replica = ?').get(r) as RelayEntry['device'] | undefined;
      return row ?? { name: null, officer: null, appVersion: null };
    };
    let answered = await answerWants({ db, fs, myDir, me: identity.replica, head: base, others: heads, applied, wants, deviceOf });
    // A laptop that has only taken others' changes in says so too: what it holds can be asked of it.
    if (!answered && applied.size && headNotWritten) answered = { head: base, remove: [], written: 0 };
    if (answered) {
      await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(answered.head)));
      keepHead(env.dbFile, answered.head);
      ownHead = answered.head;
      for (const file of answered.remove) await fs.unlink(path.join(myDir, file)).catch(() => undefined);
      if (answered.written) report.relaysWritten = answered.written;
    }
  }

  // With the hourly check: the files of this laptop's own folder its head no longer lists (a round
  // cut short while packing), and the relay copies no laptop can need any more (relay.ts).
  if (ownCheckDue && ownHead && !headNotWritten) {
    const removed = await removeStrayFiles(fs, myDir, ownHead);
    if (removed) report.strayRemoved = removed;
  }
  if (ownCheckDue && !headsUnsure) {
    const dropped = await dropSpentCopies({ db, fs, folder, me: identity.replica, own: ownHead, heads, applied, now: env.now() });
    if (dropped) report.copiesDropped = dropped;
  }

  if (getMeta(db, EXCHANGE_ID_META) !== exchangeId) setMeta(db, EXCHANGE_ID_META, exchangeId);
  if (moved) report.moved = joinedOther ? 'joined' : 'carried';
  identity = { ...identity, clock: clock.current() };
  saveIdentity(env.dbFile, env.host, identity);
  return report;
}

const EXCHANGE_ID_META = 'exchange_id';
/** When this laptop joined from a snapshot, and whose (History holds no change made before). */
export const JOINED_SNAPSHOT_META = 'exchange_joined_snapshot';

/** The id of the exchange this laptop last took part in (null: none yet), from its last round or its last batch's header. */
export function knownExchangeId(db: Db, identity?: Identity): string | null {
  const recorded = getMeta(db, EXCHANGE_ID_META);
  if (recorded) return recorded;
  const id = identity ?? (() => {
    const raw = getMeta(db, 'exchange_identity');
    return raw ? (JSON.parse(raw) as Identity) : null;
  })();
  if (!id || id.lastSeq <= 0) return null;
  return ownHeaderOf(db)(id.lastSeq)?.exchangeId ?? null;
}

/** The header this laptop kept of its own batch `seq`. */
const ownHeaderOf = (db: Db) => (seq: number): BatchHeader | null => {
  const raw = getMeta(db, headerMeta(seq));
  return raw ? (JSON.parse(raw) as BatchHeader) : null;
};

/** The relay fields of a head, carried into the next head this laptop writes. */
function relayFields(head: RelayHead | null): Pick<RelayHead, 'relays' | 'wants'> {
  return { ...(head?.relays?.length ? { relays: head.relays } : {}), ...(head?.wants && Object.keys(head.wants).length ? { wants: head.wants } : {}) };
}

/** How many lines a laptop's batches up to `seq` carry, by its head (a pack cut in its middle counted pro rata). */
function linesUpTo(head: HeadFile | undefined, seq: number): number {
  if (!head) return 0;
  let n = 0;
  for (const p of head.packs ?? []) {
    if (p.to <= seq) n += p.lines;
    else if (p.from <= seq) n += Math.round((p.lines * (seq - p.from + 1)) / (p.to - p.from + 1));
  }
  for (const b of head.batches) if (b.seq <= seq) n += b.lines ?? 0;
  return n;
}

const coveredLines = (heads: ReadonlyMap<string, HeadFile>, covers: Record<string, { seq: number }>) =>
  Object.entries(covers).reduce((n, [r, c]) => n + linesUpTo(heads.get(r), c.seq), 0);

/**
 * Takes the fullest whole snapshot on the share into an empty desk (one transaction: all of it or
 * nothing). A damaged, foreign or newer snapshot is reported and the next one tried; with none,
 * the desk takes the batches one by one as before.
 */
async function joinFromSnapshot(env: ExchangeEnv, heads: ReadonlyMap<string, HeadFile>, exchangeId: string, schema: number, clock: HybridClock, report: RoundReport): Promise<boolean> {
  const { db, fs, folder } = env;
  const candidates = [...heads]
    .filter(([, h]) => h.snapshot)
    .map(([replica, h]) => ({ replica, snap: h.snapshot!, lines: coveredLines(heads, h.snapshot!.covers) }))
    .sort((a, b) => b.lines - a.lines || (a.replica < b.replica ? -1 : 1));
  for (const c of candidates) {
    const dir = deviceDir(folder, c.replica);
    const info = await readJson<{ name: string | null }>(fs, path.join(dir, 'device.json')).catch(() => null);
    const laptop = info?.name ? `${info.name} (${c.replica.slice(-8)})` : c.replica;
    const label = { laptop, file: c.snap.file };
    // A snapshot covering more than a laptop's head lists: that head is stale, next round.
    if (Object.entries(c.snap.covers).some(([r, cv]) => cv.seq > (heads.get(r)?.lastSeq ?? 0))) continue;
    try {
      const version = formatVersion(c.snap.format, kindOf(SNAPSHOT_FORMAT));
      if (version === null) throw foreignProblem(label);
      if (version > versionOf(SNAPSHOT_FORMAT)) throw newerProblem(label);
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(path.join(dir, c.snap.file));
      } catch (err) {
        throw new ShareProblem(
          {
            vi: `Không đọc được tệp ${c.snap.file} của máy ${laptop} (${errnoOf(err)}): sẽ thử lại.`,
            en: `Could not read the file ${c.snap.file} from laptop ${laptop} (${errnoOf(err)}): will try again.`,
          },
          'missing',
        );
      }
      const { header, state } = decodeSnapshot(bytes, { exchangeId, replica: c.replica, sha256: c.snap.sha256, schema }, label);
      if (JSON.stringify(header.covers) !== JSON.stringify(c.snap.covers)) throw damagedProblem(label);
      const now = env.now();
      db.transaction(() => {
        const max = importSnapshot(db, state);
        if (max) clock.receive(max, now);
        for (const [r, cv] of Object.entries(header.covers)) {
          if (cv.seq <= 0) continue;
          statement(
            db,
            `INSERT INTO exchange_applied (replica, seq, sha256, device_name, officer_name, app_version, last_seen_at) VALUES (?, ?, ?, NULL, NULL, NULL, ?)
             ON CONFLICT(replica) DO UPDATE SET seq = excluded.seq, sha256 = excluded.sha256, last_seen_at = excluded.last_seen_at`,
          ).run(r, cv.seq, cv.sha256, new Date(now).toISOString());
        }
        // History on this laptop begins here: said on the screens that show it.
        setMeta(db, JOINED_SNAPSHOT_META, JSON.stringify({ at: new Date(now).toISOString(), laptop: info?.name ?? null }));
      }).immediate();
      report.joined = { replica: c.replica, file: c.snap.file, records: header.records };
      return true;
    } catch (err) {
      if (err instanceof ShareProblem) {
        report.problems.push({ replica: c.replica, laptop, file: c.snap.file, kind: err.kind, messages: err.messages });
        continue;
      }
      const why = (err as Error).message;
      report.problems.push({
        replica: c.replica,
        laptop,
        file: c.snap.file,
        kind: 'apply',
        messages: diskFull(err)
          ? {
              vi: `Ổ đĩa của máy này đã đầy: chưa dùng được bản chụp ${c.snap.file} của máy ${laptop}. Không có gì bị ghi dở; hãy giải phóng chỗ trống, việc trao đổi sẽ tự thử lại.`,
              en: `This computer's disk is full: the snapshot ${c.snap.file} from laptop ${laptop} was not taken in. Nothing was half-written; free some space and the exchange will try again.`,
            }
          : {
              vi: `Không dùng được bản chụp ${c.snap.file} của máy ${laptop} (${why}); không có gì bị ghi dở, các thay đổi sẽ được nhận từng đợt.`,
              en: `The snapshot ${c.snap.file} from laptop ${laptop} could not be used (${why}); nothing was half-written, the changes are taken batch by batch instead.`,
            },
      });
    }
  }
  return false;
}

/**
 * Packs this laptop's first `count` loose batches into one file (the last pack takes them in while
 * it is small), then lists the pack in the head and removes the files it replaces; the batches
 * after them stay loose. Every batch keeps its text, its SHA-256 and its place in the chain, so a
 * laptop that had not read them reads them from the pack, and one that had read some goes on from
 * where it was. Nothing is packed when one of the loose files is not whole (the repair below
 * rewrites it first).
 */
async function packOwnBatches(env: ExchangeEnv, myDir: string, exchangeId: string, replica: string, head: HeadFile, count: number): Promise<HeadFile | null> {
  const { fs } = env;
  const label = (file: string) => ({ laptop: env.deviceName ?? replica, file });
  const packs = [...(head.packs ?? [])];
  const blocks: PackBlock[] = [];
  const packing = head.batches.slice(0, count);
  const loose = head.batches.slice(count);
  let lines = 0;
  let from = packing[0]!.seq;
  const base = packs[packs.length - 1];
  let merged: PackEntry | undefined;
  if (base && base.bytes < PACK_GROW_BELOW && base.to === from - 1) {
    try {
      const got = decodePack(await fs.readFile(path.join(myDir, base.file)), { exchangeId, replica, sha256: base.sha256, from: base.from, to: base.to, schema: Number.MAX_SAFE_INTEGER }, label(base.file));
      for (const b of got) blocks.push({ seq: b.header.seq, sha256: b.sha256, text: b.text });
      lines += base.lines;
      from = base.from;
      merged = packs.pop();
    } catch {
      // A damaged pack stays as it is (listed, repaired or reported); the new pack begins after it.
    }
  }
  for (const entry of packing) {
    try {
      // The file's own text, checked against the SHA-256 the head lists (the pack's reader checks the rest).
      const bytes = await fs.readFile(path.join(myDir, entry.file)).catch(() => rebuildOwnBatch(env.db, entry.seq, null) ?? Buffer.alloc(0));
      let rows: string[];
      try {
        rows = rowsOf(bytes, entry.sha256, label(entry.file));
      } catch {
        rows = rowsOf(rebuildOwnBatch(env.db, entry.seq, null) ?? Buffer.alloc(0), entry.sha256, label(entry.file));
      }
      blocks.push({ seq: entry.seq, sha256: entry.sha256, text: `${rows.join('\n')}\n` });
      lines += rows.length - 2;
    } catch {
      return null;
    }
  }
  const to = packing[packing.length - 1]!.seq;
  const bytes = encodePack({ exchangeId, replica, from, to }, blocks);
  const file = packName(from, to);
  await fs.unlink(path.join(myDir, file)).catch(() => undefined);
  await atomicWrite(fs, myDir, file, bytes);
  const next: HeadFile = { ...head, batches: loose, packs: [...packs, { file, sha256: sha256(bytes), bytes: bytes.length, from, to, lines }] };
  await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(next)));
  keepHead(env.dbFile, next);
  for (const entry of packing) await fs.unlink(path.join(myDir, entry.file)).catch(() => undefined);
  if (merged && merged.file !== file) await fs.unlink(path.join(myDir, merged.file)).catch(() => undefined);
  return next;
}

/**
 * Writes a snapshot of this laptop's state when everything of its own is published (so the state
 * is exactly the batches it covers), lists it in the head, and removes the one it replaces.
 */
async function writeSnapshot(
  env: ExchangeEnv,
  myDir: string,
  exchangeId: string,
  identity: Identity,
  clock: HybridClock,
  head: HeadFile,
  schema: number,
  minSchema: number,
  timings: { snapshotLockMs?: number; snapshotReadMs?: number },
): Promise<HeadFile | null> {
  const { db, fs } = env;
  const t0 = performance.now();
  db.transaction(() => foldLocal(db, identity.replica, clock)).immediate();
  const t1 = performance.now();
  // The state is read in a read transaction, not a write one: in WAL the screens' saves go on
  // meanwhile (an IMMEDIATE transaction held every save of the desk for the ~2 s a scale-1 dump
  // takes). A save committed during the read is not in it, and goes out with the next batch; one
  // made between the fold and the read leaves this round without a snapshot (the next one writes it).
  const taken = db.transaction(() => {
    if (statement(db, 'SELECT 1 FROM exchange_outbox WHERE n > ? AND published IS NULL LIMIT 1').get(lastPublishedLine(db))) return null;
    if (hasUnfoldedLocal(db)) return null;
    const covers: Record<string, { seq: number; sha256: string }> = {};
    for (const [r, a] of appliedMap(db)) covers[r] = { seq: a.seq, sha256: a.sha256 };
    covers[identity.replica] = { seq: identity.lastSeq, sha256: identity.lastSha };
    return { covers, state: dumpSnapshot(db) };
  }).deferred();
  timings.snapshotLockMs = Math.round(t1 - t0);
  timings.snapshotReadMs = Math.round(performance.now() - t1);
  if (!taken) return null;
  const bytes = encodeSnapshot({ exchangeId, replica: identity.replica, schema, minSchema, covers: taken.covers }, taken.state);
  const sha = sha256(bytes);
  const file = `snapshot-${String(identity.lastSeq).padStart(9, '0')}-${sha.slice(0, 12)}.asx`;
  await atomicWrite(fs, myDir, file, bytes);
  const next: HeadFile = { ...head, snapshot: { file, sha256: sha, bytes: bytes.length, format: SNAPSHOT_FORMAT, covers: taken.covers, records: taken.state.records.length } };
  await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(next)));
  keepHead(env.dbFile, next);
  if (head.snapshot && head.snapshot.file !== file) await fs.unlink(path.join(myDir, head.snapshot.file)).catch(() => undefined);
  return next;
}

/**
 * How long a file of this laptop's own folder that its head does not list stays, after the head
 * was last written (both times by the share's own clock, the file server's, never the laptop's):
 * a pack written by a round killed before its head, loose batches a pack took in but not removed,
 * a batch of a publish cut short, a relay or snapshot replaced. A laptop reading an older head
 * may still open such a file: missing, it is read again next round from the head that replaced
 * it (as after any pack), so this margin is not for readers but for a writer under this identity
 * still at work in the folder (a copy of this database that has not yet taken an identity of its
 * own, an earlier process of this app not yet ended): an hour is many rounds of either.
 */
const STRAY_AFTER_MS = 3600_000;
/** The names this app gives the files of a laptop's folder besides head.json and device.json: only those are ever removed. */
const OWN_FILE = /^(b-\d{9}|pack-\d{9}-\d{9}|relay-[0-9A-Za-z_-]+-\d{9}-\d{9}|snapshot-\d{9}-[0-9a-f]{12})\.asx$/;

/** Removes the files of this laptop's own folder that its head does not list, once STRAY_AFTER_MS older than the head. */
async function removeStrayFiles(fs: ExchangeFs, myDir: string, head: RelayHead): Promise<number> {
  const listed = new Set<string>([
    ...head.batches.map((b) => b.file),
    ...(head.packs ?? []).map((p) => p.file),
    ...(head.snapshot ? [head.snapshot.file] : []),
    ...(Array.isArray(head.relays) ? head.relays.map((r) => r.file) : []),
  ]);
  const names = await fs.readdir(myDir).catch(() => [] as string[]);
  const stray = names.filter((n) => OWN_FILE.test(n) && !listed.has(n));
  if (!stray.length) return 0;
  const headAt = (await fs.stat(path.join(myDir, 'head.json')).catch(() => null))?.mtimeMs;
  if (typeof headAt !== 'number') return 0;
  let removed = 0;
  for (const name of stray) {
    const at = (await fs.stat(path.join(myDir, name)).catch(() => null))?.mtimeMs;
    if (typeof at !== 'number' || at > headAt - STRAY_AFTER_MS) continue;
    await fs.unlink(path.join(myDir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** The identity this laptop left behind when it was restored from a backup (its head may still have to be put back). */
const FORMER_META = 'exchange_former_replica';

/**
 * After a restore from a backup, the head the laptop last wrote under its former identity (kept
 * beside the database, which the backup does not hold) is put back on the share when the one there
 * lists less: an old copy of it put back by a sync tool would otherwise hide for good what it
 * published last, since nobody writes under that identity again. Only when every file it lists is
 * there and whole. Returns true when there is nothing more to do (put back, not needed, or the kept
 * head is no longer the former identity's); false to try again at the next round.
 */
async function putBackFormerHead(env: ExchangeEnv, exchangeId: string, former: string): Promise<boolean> {
  const { fs, folder } = env;
  let kept: HeadFile;
  try {
    kept = JSON.parse(readFileSync(keptHeadFile(env.dbFile), 'utf8')) as HeadFile;
  } catch {
    return true;
  }
  if (kept.replica !== former || kept.exchangeId !== exchangeId) return true;
  const dir = deviceDir(folder, former);
  const onShare = await readJson<HeadFile>(fs, path.join(dir, 'head.json')).catch(() => undefined);
  if (onShare === undefined) return false; // not readable now
  if (onShare && (onShare.publisher !== kept.publisher || onShare.lastSeq >= kept.lastSeq)) return true;
  const files = [...kept.batches.map((b) => [b.file, b.sha256] as const), ...(kept.packs ?? []).map((p) => [p.file, p.sha256] as const)];
  for (const [file, sha] of files) {
    const whole = await fs.readFile(path.join(dir, file)).then(
      (bytes) => sha256(bytes) === sha,
      () => false,
    );
    if (!whole) return true; // not all there: the readers go on with what the share lists (relays)
  }
  await replaceFile(fs, dir, 'head.json', Buffer.from(JSON.stringify(kept)));
  return true;
}

/** When (this laptop's clock, ms) it last checked every file of its own on the share. */
const VERIFIED_META = 'exchange_own_files_checked_at';

/** Where the header of each batch this laptop published is kept (a damaged batch or pack of its own is rebuilt from it and the outbox). */
const headerMeta = (seq: number) => `exchange_batch_header:${seq}`;

/** The bytes of one of this laptop's own batches, rebuilt from its header and the outbox (null when its header is not known here). */
function rebuildOwnBatch(db: Db, seq: number, fallback: BatchHeader | null): Buffer | null {
  const kept = getMeta(db, headerMeta(seq));
  // A header kept under another identity (a copied or restored database that took a new one) is not ours.
  const own = kept ? (JSON.parse(kept) as BatchHeader) : null;
  const header = own && (!fallback || own.replica === fallback.replica) ? own : fallback;
  if (!header) return null;
  const rows = statement(db, 'SELECT line FROM exchange_outbox WHERE published = ? ORDER BY n').all(seq) as Array<{ line: string }>;
  return encodeBatch(header, rows.map((r) => JSON.parse(r.line) as Line));
}
