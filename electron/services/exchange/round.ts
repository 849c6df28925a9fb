// One exchange round of this laptop with the shared folder: read the other laptops' heads and the
// batches not yet applied (checked whole before use), apply them in causal order (each batch in
// one short transaction, this laptop's own changes taken up first), then publish this laptop's
// changes since its last batch (batch file first, head last) and rewrite any of its own batches
// found damaged that some laptop still has to read. Plain Node: the app's screens and its timer
// call it; the convergence simulation (tests/helpers/exchangeSimulation.ts) drives it directly.
import path from 'node:path';
import { HybridClock } from '../../../common/hlc';
import type { Messages } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { statement } from '../../../db/repo/core/statements';
import { errnoOf } from '../files/fsErrors';
import { applyLine, refreshSearch } from '../../../db/exchange/apply';
import type { EntityModel } from '../../../db/exchange/model';
import { loadIdentity, recordIdentity, renewIdentity, saveIdentity, type Identity, type Renewal } from '../../../db/exchange/identity';
import { foldLocal, type Line } from '../../../db/exchange/outbox';
import {
  atomicWrite,
  BATCH_FORMAT,
  batchName,
  decodeBatch,
  decodePack,
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

/** The schema a batch of this version can be read from on (the exchange's line format appeared with migration 0015). */
export const MIN_READABLE_SCHEMA = 16;

/** A batch holds at least this many lines only when one transaction wrote more. */
export const MAX_BATCH_LINES = 500;

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
}

/** Test hooks: a laptop killed at a point of its publish. */
export interface RoundHooks {
  afterBatchFile?: () => void;
  afterHead?: () => void;
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
  renewed: Renewal | 'adopted' | 'taken';
  batchesApplied: number;
  linesApplied: number;
  published: number | null;
  repaired: number;
  problems: Problem[];
  /** Batches read but held: they depend on batches of other laptops not applied here yet. */
  waiting: Array<{ replica: string; seq: number; needs: Record<string, number> }>;
}

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

export async function exchangeRound(env: ExchangeEnv, hooks: RoundHooks = {}): Promise<RoundReport> {
  const { db, fs, folder } = env;
  const loaded = loadIdentity(db, env.dbFile, env.host);
  let identity = loaded.identity;
  let renewed: RoundReport['renewed'] = loaded.renewed;
  const schema = env.schema ?? schemaOf(db);
  const minSchema = env.minSchema ?? MIN_READABLE_SCHEMA;
  const report: RoundReport = { replica: identity.replica, renewed, batchesApplied: 0, linesApplied: 0, published: null, repaired: 0, problems: [], waiting: [] };

  const exchangeId = await ensureExchange(fs, folder);

  // Our own head: a publish cut short after its head was written is adopted; a head that is not
  // ours means another database publishes under this id (a copied file): take a new one.
  let myDir = deviceDir(folder, identity.replica);
  let ownHead = await readJson<HeadFile>(fs, path.join(myDir, 'head.json'));
  if (ownHead && ownHead.lastSeq > identity.lastSeq) {
    const last = ownHead.batches[ownHead.batches.length - 1];
    if (ownHead.publisher === publisherOf(identity.token) && ownHead.exchangeId === exchangeId && last && last.seq === ownHead.lastSeq && ownHead.lastSeq === identity.lastSeq + 1) {
      const seq = ownHead.lastSeq;
      const outboxTo = ownHead.outboxTo;
      identity = { ...identity, lastSeq: seq, lastSha: last.sha256 };
      const id = identity;
      db.transaction(() => {
        statement(db, 'UPDATE exchange_outbox SET published = ? WHERE n <= ? AND published IS NULL').run(seq, outboxTo);
        recordIdentity(db, id);
      })();
      saveIdentity(env.dbFile, env.host, identity);
      renewed = 'adopted';
    } else {
      identity = renewIdentity(db, env.dbFile, env.host, identity.clock);
      renewed = 'taken';
      myDir = deviceDir(folder, identity.replica);
      ownHead = null;
    }
  } else if (ownHead && ownHead.publisher !== publisherOf(identity.token)) {
    identity = renewIdentity(db, env.dbFile, env.host, identity.clock);
    renewed = 'taken';
    myDir = deviceDir(folder, identity.replica);
    ownHead = null;
  }
  report.replica = identity.replica;
  report.renewed = renewed;
  const clock = clockOf(db, identity);

  await fs.mkdir(myDir, { recursive: true });
  const device = { replica: identity.replica, name: env.deviceName ?? null, officer: env.officerName ?? null, appVersion: env.appVersion ?? null };
  const onShare = await readJson<typeof device>(fs, path.join(myDir, 'device.json'));
  if (JSON.stringify(onShare) !== JSON.stringify(device)) await replaceFile(fs, myDir, 'device.json', Buffer.from(JSON.stringify(device)));

  // Read: every other laptop's head, then only the batches not applied yet, by name.
  const applied = appliedMap(db);
  const pending = new Map<string, Batch[]>();
  const names = new Map<string, { name: string | null; officer: string | null; appVersion: string | null }>();
  const theirApplied: number[] = [];
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
      continue;
    }
    if (!head) continue; // not published yet, or being replaced: next round
    const headVersion = formatVersion(head.format, kindOf(HEAD_FORMAT));
    if (headVersion !== null && headVersion > versionOf(HEAD_FORMAT) && head.exchangeId === exchangeId) {
      const p = newerProblem({ laptop: replica, file: 'head.json' });
      problem(p.kind, 'head.json', p.messages, replica);
      continue;
    }
    if (headVersion === null || head.exchangeId !== exchangeId || head.replica !== replica) {
      problem('foreign', 'head.json', {
        vi: `Thư mục ${replica} chứa tệp của một thư mục trao đổi khác: đã bỏ qua.`,
        en: `Folder ${replica} holds files of another exchange folder: skipped.`,
      }, replica);
      continue;
    }
    theirApplied.push(head.applied[identity.replica] ?? 0);
    const done = applied.get(replica) ?? { seq: 0, sha256: '' };
    if (head.lastSeq <= done.seq) continue;
    const info = (await readJson<{ name: string | null; officer: string | null; appVersion: string | null }>(fs, path.join(dir, 'device.json')).catch(() => null)) ?? {
      name: null,
      officer: null,
      appVersion: null,
    };
    names.set(replica, info);
    const laptop = info.name ? `${info.name} (${replica.slice(-8)})` : replica;
    const bySeq = new Map(head.batches.map((b) => [b.seq, b]));
    const packs = head.packs ?? [];
    let prev = done.sha256;
    const list: Batch[] = [];
    for (let seq = done.seq + 1; seq <= head.lastSeq; ) {
      const entry = bySeq.get(seq);
      const pack = entry ? undefined : packs.find((p) => p.from <= seq && seq <= p.to);
      const file = entry ? batchName(seq) : (pack?.file ?? batchName(seq));
      if (!entry && !pack) {
        problem('missing', file, { vi: `Thiếu tệp ${file} của máy ${laptop}: sẽ thử lại.`, en: `The file ${file} from laptop ${laptop} is missing: will try again.` }, laptop);
        break;
      }
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(path.join(dir, file));
      } catch (err) {
        problem('missing', file, {
          vi: `Không đọc được tệp ${file} của máy ${laptop} (${errnoOf(err)}): sẽ thử lại.`,
          en: `Could not read the file ${file} from laptop ${laptop} (${errnoOf(err)}): will try again.`,
        }, laptop);
        break;
      }
      try {
        if (entry) {
          const batch = decodeBatch(bytes, { exchangeId, replica, seq, prev, sha256: entry.sha256, schema }, { laptop, file });
          list.push(batch);
          prev = batch.sha256;
          seq++;
        } else {
          const batches = decodePack(bytes, { exchangeId, replica, sha256: pack!.sha256, from: pack!.from, to: pack!.to, schema }, { laptop, file }).filter((b) => b.header.seq >= seq);
          if (batches[0]?.header.prev !== prev) throw unchainedProblem({ laptop, file });
          for (const b of batches) list.push({ header: b.header, lines: b.lines, sha256: b.sha256, file: b.file });
          prev = batches[batches.length - 1]!.sha256;
          seq = pack!.to + 1;
        }
      } catch (err) {
        if (!(err instanceof ShareProblem)) throw err;
        problem(err.kind, file, err.messages, laptop);
        break;
      }
    }
    if (list.length) pending.set(replica, list);
  }

  // Apply, in causal order: a batch waits for what its publisher had applied.
  const blocked = new Set<string>();
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
          const ctx = { replica, tx: `${replica}:${batch.header.seq}`, clock, now, touched };
          for (const line of batch.lines) if (applyLine(db, line, ctx)) report.linesApplied++;
          refreshSearch(db, touched);
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
          messages: {
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
    }
  }

  for (const [replica, list] of pending) {
    const b = list[0];
    if (!b || blocked.has(replica)) continue;
    const needs = Object.fromEntries(Object.entries(b.header.deps).filter(([r, s]) => r !== identity.replica && (applied.get(r)?.seq ?? 0) < s));
    report.waiting.push({ replica, seq: b.header.seq, needs });
  }

  // Publish this laptop's changes since its last batch: batch file, then head, then the record.
  const outbox = db.transaction(() => {
    foldLocal(db, identity.replica, clock);
    return statement(db, 'SELECT n, line FROM exchange_outbox WHERE published IS NULL ORDER BY n').all() as Array<{ n: number; line: string }>;
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
    const entry = { seq, file, sha256: sha256(bytes), bytes: bytes.length, lines: lines.length, deps: appliedNow };
    const outboxTo = outbox[to - 1]!.n;
    const head: HeadFile = {
      format: HEAD_FORMAT,
      exchangeId,
      replica: identity.replica,
      lastSeq: seq,
      batches: [...(ownHead?.batches ?? []), entry],
      ...(ownHead?.packs?.length ? { packs: ownHead.packs } : {}),
      ...(ownHead?.snapshot ? { snapshot: ownHead.snapshot } : {}),
      schema,
      applied: appliedNow,
      publisher: publisherOf(identity.token),
      outboxTo,
    };
    await replaceFile(fs, myDir, 'head.json', Buffer.from(JSON.stringify(head)));
    ownHead = head;
    hooks.afterHead?.();
    identity = { ...identity, lastSeq: seq, lastSha: entry.sha256 };
    const id = identity;
    db.transaction(() => {
      statement(db, 'UPDATE exchange_outbox SET published = ? WHERE n <= ? AND published IS NULL').run(seq, outboxTo);
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
  }

  // Our own batches some laptop has still to read: rewritten identically if found damaged or gone.
  if (ownHead) {
    const from = theirApplied.length ? Math.min(...theirApplied) : 0;
    for (const entry of ownHead.batches) {
      if (entry.seq <= from) continue;
      let ok = false;
      try {
        ok = sha256(await fs.readFile(path.join(myDir, entry.file))) === entry.sha256;
      } catch {
        ok = false;
      }
      if (ok) continue;
      const rows = statement(db, 'SELECT line FROM exchange_outbox WHERE published = ? ORDER BY n').all(entry.seq) as Array<{ line: string }>;
      const prev = ownHead.batches.find((b) => b.seq === entry.seq - 1)?.sha256 ?? '';
      const e = entry as typeof entry & { deps?: Record<string, number> };
      const header: BatchHeader = { format: BATCH_FORMAT, exchangeId, replica: identity.replica, seq: entry.seq, prev, schema, minSchema, deps: e.deps ?? {} };
      const bytes = encodeBatch(header, rows.map((r) => JSON.parse(r.line) as Line));
      if (sha256(bytes) !== entry.sha256) continue; // written by another version: cannot be rebuilt here
      await fs.unlink(path.join(myDir, entry.file)).catch(() => undefined);
      await atomicWrite(fs, myDir, entry.file, bytes);
      report.repaired++;
    }
  }

  identity = { ...identity, clock: clock.current() };
  saveIdentity(env.dbFile, env.host, identity);
  return report;
}
