// The convergence simulation of the shared-drive exchange (../shared/EXCHANGE.md, "The test that
// proves it"): N replicas in one process, each the real database code on its own file made from
// one template, share one temporary folder through a fault-injecting file system. A seeded random
// schedule makes them edit (the same fields as others, deletes of edited records, classified
// delegations with a sentinel text, some lowered to unclassified and raised again), go offline,
// exchange (and fail, the share full or gone, or get killed between the batch file and the head,
// or after the head), damage files on the share (truncated, bit-flipped, an old copy of a batch or
// of a head put back), copy a laptop's database to a new laptop, restore a laptop from an earlier
// backup, run a newer version for a while (the others hold its batches until they update), and
// resolve conflicts. Clocks are skewed (replica 0 a year ahead). An oracle records every write and
// what its writer had seen. At the end everyone updates and exchanges until quiet, and the figures
// say whether they converged.
//
// "Lost" is a write that is neither shown, nor a head of its register (in the inbox), nor replaced
// by a write that had seen it. Two kinds of write leave with a laptop and are counted apart: those
// of the laptop killed for good that never reached the share whole, and those a restore from
// backup undid that had not been published before it (a restore is the officer's choice to go back
// to the backup; what had been published after the backup comes back from the share and is checked).
// Used by tests/db/exchange/convergence.test.ts and by `npm run exchange:sim`.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openAppDatabase } from '../../db/bootstrap';
import { exchangeRound, PACK_AT } from '../../electron/services/exchange/round';
import { identityFileOf } from '../../db/exchange/identity';
import { headsOf, openConflicts } from '../../db/exchange/merge';
import { deleteDuplicate, keepBothDuplicates, listConflicts, mergeDuplicate } from '../../db/repo/conflicts';
import { settleRegister } from '../../db/exchange/resolve';
import { realExchangeFs, type ExchangeFs } from '../../electron/services/exchange/share';
import type { Db } from '../../db/open';
import type { Repository, WriteContext } from '../../db/repo/core/repository';
import { repositories as repo } from '../../db/repo/repositories';
import { mulberry32 } from '../../db/seed/generator/random';
import { faultFs, type FaultFs } from './faultfs';

export interface SimOptions {
  replicas: number;
  steps: number;
  seed: number;
  /** Keep the folder (for a look after a failure). */
  keep?: boolean;
  /** Each laptop packs its batches once this many are loose (unset: the desk's PACK_AT, as the app does; 0: no packs). */
  packAt?: number;
}

export interface SimResult {
  replicas: number;
  steps: number;
  seed: number;
  packAt: number | null;
  writes: number;
  converged: boolean;
  lost: number;
  conflictsShown: number;
  conflictsResolved: number;
  classifiedOnShare: number;
  damagedFilesDetected: number;
  /** Rounds that packed a laptop's loose batches; files of their own the owners wrote again (found damaged or gone). */
  packed: number;
  repaired: number;
  /** Classified delegations lowered to unclassified or raised again. */
  declassified: number;
  /** Old copies of a batch or a head put back on the share. */
  staleReplays: number;
  /** Databases copied to a new laptop, laptops restored from a backup, new laptops that joined with an empty desk (from a snapshot when there is one). */
  copies: number;
  restores: number;
  joins: number;
  /** Joins that took a snapshot. */
  joinedFromSnapshot: number;
  /** Laptops that ran a newer version, and the rounds where an older one held its batches. */
  upgrades: number;
  newerHeld: number;
  /** Writes undone by a restore before they were published (not lost by the exchange). */
  undoneByRestore: number;
  /** Records of a unique key created (body codes, delegations of a meeting, members and heads), and the duplicate items they raised. */
  keyedCreates: number;
  duplicatesShown: number;
  /** Batches taken from a relay copy (their owner's file unreadable), and the relay copies written. */
  relayed: number;
  relaysWritten: number;
  /** Relay copies dropped once no laptop could need them, and stray files removed from a laptop's own folder. */
  copiesDropped: number;
  strayRemoved: number;
  integrityOk: boolean;
  /** What went wrong, for a failing run (not part of the figures' line). */
  failures: string[];
}

// (Not tests/helpers/paths: this module also runs under tsx as a command, where __dirname is not defined.)
const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');
const T0 = Date.parse('2026-11-21T03:00:00.000Z');
const YEAR = 365 * 24 * 3600_000;
const SENTINEL = 'SENTINEL-MAT-';

interface Replica {
  index: number;
  file: string;
  db: Db;
  deviceId: string;
  skew: number;
  fs: FaultFs & ExchangeFs;
  offlineUntil: number;
  /** register key ('<id>|<register>') → ids of the writes on it this replica has seen. */
  seen: Map<string, Set<number>>;
  /** The last change_log seq whose remote clock values were taken into `seen`. */
  seenSeq: number;
  /** 0: the version of the others; 1: a newer one (its batches need schema + 1). */
  version: number;
  /** Stopped for good (its file restored from a backup under a new Replica). */
  retired?: boolean;
  /** When retired: its replica id, the backup it was restored from (last change_log seq), and where each of its changes went (for a failure's report). */
  retiredAs?: { replica: string; backupMaxSeq: number; outbox: Record<number, number | null> };
  /**
   * A file made from another replica's (copied, or restored from its backup): its changes up to
   * `upToSeq` are that replica's writes, taken up again here under a new clock value.
   */
  origin?: { index: number; upToSeq: number };
}

interface Write {
  n: number;
  replica: number;
  entity: string;
  id: string;
  register: string;
  value: unknown;
  /** change_log seq in the writer's database (its clock value is found from it once taken up). */
  seq: number;
  hlc: string | null;
  /** The writes on the same register its writer had seen . */
  saw: Set<number>;
}

type Kind = 'meeting' | 'action_item' | 'person';
/** Records of a unique key, created now and then with a key another laptop may have taken meanwhile. */
type KeyedKind = 'body' | 'delegation' | 'delegation_member';
const TABLE_OF: Record<Kind | KeyedKind, string> = { meeting: 'meetings', action_item: 'action_items', person: 'people', body: 'bodies', delegation: 'delegations', delegation_member: 'delegation_members' };
/** The body codes laptops type (a few, so that two laptops apart often type the same). */
const SIM_CODES = ['SIM-A', 'SIM-B', 'SIM-C'];
const REPO: Record<Kind, Repository> = { meeting: repo.meetings, action_item: repo.actionItems, person: repo.people };
const TEXT_FIELDS: Record<Kind, string[]> = {
  meeting: ['titleVi', 'titleEn', 'notes', 'city'],
  action_item: ['title', 'description', 'sourceRef'],
  person: ['position', 'notes', 'phone'],
};

function exchangeFsOver(base: FaultFs): FaultFs & ExchangeFs {
  return Object.assign(base, {
    readdir: async (p: string) => {
      base.calls.push(`readdir ${p}`);
      if (base.plan.failAt === base.calls.length) throw Object.assign(new Error('injected readdir'), { code: base.plan.code ?? 'EIO' });
      return realExchangeFs.readdir(p);
    },
  }) as FaultFs & ExchangeFs;
}

export async function runSimulation(options: SimOptions): Promise<SimResult> {
  const rand = mulberry32(options.seed);
  const packAt = options.packAt ?? PACK_AT;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  // The unique keys' schedule draws from a generator of its own, so that the rest of a seed's
  // schedule (offline periods, faults, copies, restores) stays what it was before it was added.
  const krand = mulberry32(options.seed * 7919 + 17);
  const kpick = <T>(xs: readonly T[]): T => xs[Math.floor(krand() * xs.length)]!;
  const root = mkdtempSync(path.join(tmpdir(), 'asoen-exsim-'));
  const share = path.join(root, 'share');
  const failures: string[] = [];
  const replicas: Replica[] = [];
  const writes: Write[] = [];
  const creates: Array<{ entity: Kind | KeyedKind; id: string; replica: number; seq: number }> = [];
  /** Meetings with a classified delegation, and meetings given an unclassified one (each kept off the other's way: see keyedEdit). */
  const secretMeetings = new Set<string>();
  const publicMeetings = new Set<string>();
  let claimsMade = 0;
  const classified: Array<{ id: string; replica: number }> = [];
  /** The delegations classified now (left out of the comparison: each laptop keeps its own). */
  const secretNow = new Set<string>();
  let declassified = 0;
  let clockMs = 0;
  let conflictsResolved = 0;
  let damagedFilesDetected = 0;
  let relayed = 0;
  let relaysWritten = 0;
  let copiesDropped = 0;
  let strayRemoved = 0;
  let packed = 0;
  let repaired = 0;
  const conflictsSeen = new Set<string>();
  const openReplica = (index: number, file: string, skew: number, state: Pick<Replica, 'seen' | 'seenSeq' | 'version'>): Replica => {
    const opened = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0 + skew) });
    return { index, file, db: opened.db, deviceId: opened.deviceId, skew, fs: exchangeFsOver(faultFs(realExchangeFs)), offlineUntil: 0, ...state };
  };
  const cloneSeen = (seen: Map<string, Set<number>>) => new Map([...seen].map(([k, v]) => [k, new Set(v)]));
  try {
    // One template (migrated, reference data seeded), copied to each replica's file.
    const template = path.join(root, 'template.db');
    {
      const t = openAppDatabase(template, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
      t.db.prepare(`DELETE FROM app_meta WHERE key = 'device_id'`).run();
      t.db.pragma('wal_checkpoint(TRUNCATE)');
      t.db.close();
    }
    const bodyIds = (() => {
      const t = openAppDatabase(template, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
      const ids = t.db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 5').pluck().all() as string[];
      t.db.close();
      return ids;
    })();
    for (let i = 0; i < options.replicas; i++) {
      const file = path.join(root, `r${i}.db`);
      copyFileSync(template, file);
      const skew = i === 0 ? YEAR : Math.floor((rand() - 0.5) * 10 * 60_000);
      replicas.push(openReplica(replicas.length, file, skew, { seen: new Map(), seenSeq: 0, version: 0 }));
    }
    const schema = (replicas[0]!.db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) + 0;
    const living = [...replicas];
    const dead = replicas.length >= 3 ? replicas[replicas.length - 1] : undefined;
    const nowOf = (r: Replica) => T0 + clockMs + r.skew;
    const ctxOf = (r: Replica): WriteContext => ({ now: new Date(nowOf(r)).toISOString(), deviceId: r.deviceId, officerName: `Officer ${r.index}`, deviceName: `Laptop ${r.index}` });
    const regKey = (id: string, register: string) => `${id}|${register}`;
    const seenOn = (r: Replica, key: string) => {
      let s = r.seen.get(key);
      if (!s) r.seen.set(key, (s = new Set()));
      return s;
    };
    const lastSeq = (db: Db) => (db.prepare('SELECT max(seq) FROM change_log').pluck().get() as number) ?? 0;
    const recorded = new Map<number, number>();
    const record = (r: Replica, entity: string, id: string, register: string, value: unknown) => {
      const key = regKey(id, register);
      // A save that changed nothing wrote no change: it is no write.
      const seq = lastSeq(r.db);
      const last = r.db.prepare('SELECT entity_id, origin FROM change_log WHERE seq = ?').get(seq) as { entity_id: string; origin: string | null } | undefined;
      if ((recorded.get(r.index) ?? -1) === seq || !last || last.origin !== null || last.entity_id !== id) return;
      recorded.set(r.index, seq);
      const saw = new Set(seenOn(r, key));
      const w: Write = { n: writes.length, replica: r.index, entity, id, register, value, seq, hlc: null, saw };
      writes.push(w);
      seenOn(r, key).add(w.n);
    };
    const byHlc = new Map<string, Write>();
    /** Per replica made from another's file: the writes of the origin still to find in its outbox. */
    const toAlias = new Map<number, Write[]>();
    /** Takes into the oracle what `r` has applied from others since last time. */
    const learn = (r: Replica) => {
      for (const w of writes) {
        if (w.hlc) continue;
        const owner = replicas[w.replica]!;
        if (owner.retired) continue;
        const h = owner.db.prepare('SELECT hlc FROM exchange_outbox WHERE seq = ?').pluck().get(w.seq) as string | undefined;
        if (h) {
          w.hlc = h;
          byHlc.set(h, w);
        }
      }
      // A copied or restored file takes its origin's changes up again under new clock values: the same writes.
      for (const x of replicas) {
        const list = toAlias.get(x.index);
        if (!list?.length || x.retired) continue;
        toAlias.set(
          x.index,
          list.filter((w) => {
            const h = x.db.prepare('SELECT hlc FROM exchange_outbox WHERE seq = ? ORDER BY n LIMIT 1').pluck().get(w.seq) as string | undefined;
            if (h && parseReplica(h) !== parseReplica(w.hlc ?? '')) byHlc.set(h, w);
            return !h;
          }),
        );
      }
      const rows = r.db.prepare(`SELECT seq, hlc FROM change_log WHERE seq > ? AND origin = 'remote' ORDER BY seq`).all(r.seenSeq) as Array<{ seq: number; hlc: string }>;
      for (const row of rows) {
        r.seenSeq = row.seq;
        const w = byHlc.get(row.hlc);
        if (w) seenOn(r, regKey(w.id, w.register)).add(w.n);
      }
    };

    const liveIds = (r: Replica, entity: Kind) => {
      const table = REPO[entity].tableName;
      return r.db.prepare(`SELECT id FROM "${table}" WHERE deleted_at IS NULL ORDER BY id`).pluck().all() as string[];
    };

    const lastProblems = new Map<number, string[]>();
    const oldHeads = new Map<string, Buffer[]>();
    let staleReplays = 0;
    let copies = 0;
    let restores = 0;
    let joins = 0;
    let joinedFromSnapshot = 0;
    let upgrades = 0;
    let newerHeld = 0;
    /** Writes (by n) and creates (by id) a restore undid before they were published. */
    const undone = new Set<number>();
    const undoneCreates = new Set<string>();
    const backups = new Map<number, { bytes: Buffer; seen: Map<string, Set<number>>; seenSeq: number; maxSeq: number; version: number; replica: string; publishedSeq: number }>();
    const round = async (r: Replica, faults: boolean) => {
      learn(r);
      r.fs.reset(faults && chance(0.15) ? { failAt: 1 + Math.floor(rand() * 40), code: pick(['EIO', 'ENOSPC', 'EBUSY', 'ENOTCONN'] as const) } : {});
      const hooks = faults && chance(0.08) ? (chance(0.5) ? { afterBatchFile: () => { throw new Error('killed after the batch file'); } } : { afterHead: () => { throw new Error('killed after the head'); } }) : {};
      try {
        const report = await exchangeRound(
          {
            db: r.db,
            dbFile: r.file,
            folder: share,
            fs: r.fs,
            host: 'sim-host',
            now: () => nowOf(r),
            deviceName: `Laptop ${r.index}`,
            officerName: `Officer ${r.index}`,
            appVersion: r.version ? '0.2.0' : '0.1.0',
            ...(r.version ? { schema: schema + 1, minSchema: schema + 1 } : { schema }),
            snapshotEvery: 40,
            ...(packAt ? { packAt } : {}),
          },
          hooks,
        );
        damagedFilesDetected += report.problems.filter((p) => p.kind === 'damaged').length;
        relayed += report.relayed ?? 0;
        relaysWritten += report.relaysWritten ?? 0;
        copiesDropped += report.copiesDropped ?? 0;
        strayRemoved += report.strayRemoved ?? 0;
        if (report.packed) packed++;
        if (report.joined) {
          joinedFromSnapshot++;
          // What the snapshot held, this laptop has seen: the writes that are its heads (History, so
          // the oracle's other source, starts at the join).
          for (const h of r.db.prepare('SELECT hlc FROM exchange_heads').pluck().all() as string[]) {
            const w = byHlc.get(h);
            if (w) seenOn(r, regKey(w.id, w.register)).add(w.n);
          }
        }
        repaired += report.repaired;
        if (report.problems.some((p) => p.kind === 'newer')) newerHeld++;
        // What an old copy put back would be: this head as it is now.
        const headFile = path.join(share, 'devices', report.replica, 'head.json');
        try {
          const list = oldHeads.get(headFile) ?? [];
          list.push(readFileSync(headFile));
          if (list.length > 6) list.shift();
          oldHeads.set(headFile, list);
        } catch {
          // not published yet
        }
        lastProblems.set(r.index, report.problems.map((p) => `${p.kind} ${p.file}: ${p.messages.en}`).concat(report.renewed ? [`renewed: ${report.renewed}`] : [], report.waiting.map((w) => `waiting ${w.replica}:${w.seq} for ${JSON.stringify(w.needs)}`)));
        for (const p of report.problems) if (p.kind === 'apply') failures.push(`replica ${r.index}: ${p.messages.en}`);
      } catch (err) {
        // A share that failed mid-round or a laptop killed: nothing half-applied, tried again later.
        lastProblems.set(r.index, [`round failed: ${(err as Error).message}`]);
      }
      r.fs.reset({});
      learn(r);
      for (const c of openConflicts(r.db)) conflictsSeen.add(c.key);
    };

    const resolve = (r: Replica): boolean => {
      const open = openConflicts(r.db);
      if (!open.length) return false;
      const first = open.filter((c) => c.kind === 'deleted_edited');
      const c = first.length ? pick(first) : pick(open);
      const ctx = ctxOf(r);
      if (c.kind === 'duplicate') return resolveDuplicate(r, c.key);
      try {
        const n = writes.length;
        // The deleted-while-edited items first: the record is restored (its edits shown again).
        const register = c.kind === 'deleted_edited' ? 'deletedAt' : c.register;
        if (c.kind !== 'deleted_edited' && c.kind !== 'field') return false;
        const texts = Object.values(TEXT_FIELDS).flat();
        // A delegation's marking is settled by keeping one of its values, the classified one (an officer keeps the
        // stricter marking; a text is no marking, and lowering it would need its secret texts replaced first).
        const marking = () =>
          (r.db.prepare('SELECT value FROM exchange_heads WHERE entity_id = ? AND register = ? ORDER BY hlc').pluck().all(c.entityId, register) as string[])
            .map((v) => JSON.parse(v) as string)
            .sort((x, y) => (x === 'none' ? 1 : 0) - (y === 'none' ? 1 : 0))[0] ?? 'confidential';
        // A text is typed; a reference or a code keeps the value shown (another would point nowhere).
        const value =
          register === 'deletedAt'
            ? null
            : register === 'startDate+endDate'
              ? { startDate: '2027-03-01', endDate: `2027-03-${String(2 + (n % 20)).padStart(2, '0')}` }
              : register === 'classification'
                ? marking()
                : texts.includes(register)
                  ? `resolved ${n}`
                  : headsOf(r.db, c.entityId, register)[0]?.value;
        try {
          r.db.transaction(() => settleRegister(r.db, ctx, c.entity, c.entityId, register, value))();
        } catch (err) {
          // A restore into a key another record took meanwhile is refused: kept deleted instead.
          if (register !== 'deletedAt') throw err;
          const at = r.db.prepare(`SELECT deleted_at FROM "${TABLE_OF[c.entity as Kind]}" WHERE id = ?`).pluck().get(c.entityId) as string | null;
          r.db.transaction(() => settleRegister(r.db, ctx, c.entity, c.entityId, register, at ?? ctx.now))();
          if (c.entity in REPO) record(r, c.entity, c.entityId, register, at ?? ctx.now);
          conflictsResolved++;
          return true;
        }
        if (c.entity in REPO) record(r, c.entity, c.entityId, register, value);
        conflictsResolved++;
        return true;
      } catch {
        return false;
      }
    };

    /** A duplicate: merged into the holder, both kept (a new code; the later head made a member), or the claimant deleted, whichever the app lets. */
    const resolveDuplicate = (r: Replica, key: string): boolean => {
      const item = listConflicts(r.db).find((i) => i.key === key);
      if (!item?.duplicates) return false;
      const ctx = ctxOf(r);
      const claim = item.claim;
      const n = writes.length + creates.length;
      const ways: Array<() => void> = claim
        ? [
            () => mergeDuplicate(r.db, ctx, item, claim.keeper),
            () => keepBothDuplicates(r.db, ctx, item, claim.keepBoth === 'rename' ? { value: `SIM-R${n}-${r.index}` } : {}),
            () => deleteDuplicate(r.db, ctx, item, claim.claimant),
          ]
        : [() => keepBothDuplicates(r.db, ctx, item)];
      const first = Math.floor(krand() * ways.length);
      for (let k = 0; k < ways.length; k++) {
        try {
          r.db.transaction(ways[(first + k) % ways.length]!)();
          conflictsResolved++;
          return true;
        } catch {
          // refused by the app (a delegation with members cannot be deleted…): the next way
        }
      }
      return false;
    };

    /**
     * A record of a unique key, as two laptops apart may both type it: a body with one of a few
     * codes, the delegation of a meeting, a member (the head, now and then) of a delegation. Refused
     * here when this laptop already has it, as the screens refuse it. Classified delegations and
     * unclassified ones are kept to meetings of their own (a held record claims last on its laptop
     * only, so its inbox item could not be the same everywhere: claims.ts).
     */
    const keyedEdit = (r: Replica) => {
      const ctx = ctxOf(r);
      const kind = kpick(['body', 'delegation', 'delegation_member'] as const);
      try {
        let id: string;
        if (kind === 'body') {
          id = r.db.transaction(() => repo.bodies.create(r.db, ctx, { code: kpick(SIM_CODES), nameVi: `Nhóm ${writes.length}`, nameEn: `Group ${writes.length}`, kind: 'working_group' }))().id;
        } else if (kind === 'delegation') {
          const meetings = liveIds(r, 'meeting').filter((m) => !secretMeetings.has(m));
          if (!meetings.length) return;
          const meetingId = kpick(meetings);
          id = r.db.transaction(() => repo.delegations.create(r.db, ctx, { meetingId }))().id;
          publicMeetings.add(meetingId);
        } else {
          const held = new Set(classified.map((c) => c.id));
          const delegations = (r.db.prepare("SELECT id FROM delegations WHERE deleted_at IS NULL AND classification = 'none' ORDER BY id").pluck().all() as string[]).filter((d) => !held.has(d));
          const people = liveIds(r, 'person');
          if (!delegations.length || !people.length) return;
          const delegationId = kpick(delegations);
          id = r.db.transaction(() => repo.delegationMembers.create(r.db, ctx, { delegationId, personId: kpick(people), role: krand() < 0.4 ? 'head' : 'member' }))().id;
        }
        creates.push({ entity: kind, id, replica: r.index, seq: lastSeq(r.db) });
        claimsMade++;
      } catch {
        // This laptop has it already: refused, as on the screens.
      }
    };

    const edit = (r: Replica) => {
      const ctx = ctxOf(r);
      const n = writes.length + creates.length;
      const roll = rand();
      if (roll < 0.15) {
        const entity = pick(['meeting', 'action_item', 'person'] as const);
        const values: Record<Kind, Record<string, unknown>> = {
          meeting: { bodyId: pick(bodyIds), titleVi: `Họp ${n}`, titleEn: `Meeting ${n}`, startDate: '2027-01-10', endDate: '2027-01-12' },
          action_item: { title: `Việc ${n}`, priority: 'normal', status: 'open' },
          person: { fullName: `Nguyễn Văn ${n}` },
        };
        const row = r.db.transaction(() => REPO[entity].create(r.db, ctx, values[entity]))();
        creates.push({ entity, id: row.id, replica: r.index, seq: lastSeq(r.db) });
        return;
      }
      if (roll < 0.17) {
        // A classified delegation of this laptop lowered to unclassified (its secret texts replaced
        // first: from then on it is exchanged whole), or one lowered before raised again with a
        // new secret text (the others keep what they had; the new text stays here).
        const mine = classified.filter((c) => c.replica === r.index && r.db.prepare('SELECT 1 FROM delegations WHERE id = ? AND deleted_at IS NULL').get(c.id));
        if (!mine.length) return;
        const c = pick(mine);
        const row = repo.delegations.get(r.db, c.id);
        try {
          r.db.transaction(() => {
            const members = repo.delegationMembers.list(r.db, { filter: { delegationId: c.id }, limit: 100 }).items;
            if (row.classification === 'none') {
              repo.delegations.update(r.db, ctx, { id: c.id, version: row.version, changes: { classification: pick(['confidential', 'secret', 'top_secret'] as const), objectives: `${SENTINEL}${n}` } });
              for (const m of members) repo.delegationMembers.update(r.db, ctx, { id: m.id, version: m.version, changes: { notes: `${SENTINEL}${n} member` } });
              secretNow.add(c.id);
            } else {
              for (const m of members) repo.delegationMembers.update(r.db, ctx, { id: m.id, version: m.version, changes: { notes: `Ghi chú công khai ${n}` } });
              repo.delegations.update(r.db, ctx, { id: c.id, version: row.version, changes: { classification: 'none', objectives: `Mục tiêu công khai ${n}` } });
              secretNow.delete(c.id);
            }
          })();
          declassified++;
        } catch {
          // refused by the app
        }
        return;
      }
      if (roll < 0.2) {
        // A classified delegation, with a sentinel text that must never reach the share.
        const meetings = liveIds(r, 'meeting').filter((id) => creates.some((c) => c.id === id && c.replica === r.index));
        const free = meetings.filter((id) => !publicMeetings.has(id) && !r.db.prepare('SELECT 1 FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL').get(id));
        if (!free.length) return;
        const meetingId = pick(free);
        secretMeetings.add(meetingId);
        const row = r.db.transaction(() =>
          repo.delegations.create(r.db, ctx, { meetingId, classification: pick(['confidential', 'secret', 'top_secret'] as const), objectives: `${SENTINEL}${n}` }),
        )();
        classified.push({ id: row.id, replica: r.index });
        secretNow.add(row.id);
        // A member, with a secret note.
        const people = liveIds(r, 'person');
        if (people.length) r.db.transaction(() => repo.delegationMembers.create(r.db, ctx, { delegationId: row.id, personId: pick(people), notes: `${SENTINEL}${n} member` }))();
        return;
      }
      const entity = pick(['meeting', 'action_item', 'person'] as const);
      const ids = liveIds(r, entity);
      if (!ids.length) return;
      // Mostly the few first records, so that laptops edit the same fields.
      const id = chance(0.7) ? ids[Math.floor(rand() * Math.min(3, ids.length))]! : pick(ids);
      const rp = REPO[entity];
      const row = rp.get(r.db, id);
      try {
        if (roll < 0.27) {
          r.db.transaction(() => rp.remove(r.db, ctx, { id, version: row.version }))();
          record(r, entity, id, 'deletedAt', ctx.now);
          return;
        }
        if (entity === 'meeting' && chance(0.2)) {
          const start = `2027-02-${String(1 + (n % 9)).padStart(2, '0')}`;
          const end = `2027-02-${String(10 + (n % 9)).padStart(2, '0')}`;
          const field = chance(0.5) ? { startDate: start, endDate: end } : { endDate: end };
          r.db.transaction(() => rp.update(r.db, ctx, { id, version: row.version, changes: field }))();
          const after = rp.get(r.db, id);
          record(r, entity, id, 'startDate+endDate', { startDate: after.startDate, endDate: after.endDate });
          return;
        }
        const field = pick(TEXT_FIELDS[entity]);
        const value = `${field} ${n} r${r.index}`;
        r.db.transaction(() => rp.update(r.db, ctx, { id, version: row.version, changes: { [field]: value } }))();
        record(r, entity, id, field, value);
      } catch {
        // Refused by the app (a record still referred to): an officer would see the message.
      }
    };

    const abandoned = new Set<string>();
    const replicaIdOf = (r: Replica) => (JSON.parse((r.db.prepare(`SELECT value FROM app_meta WHERE key = 'exchange_identity'`).pluck().get() as string | undefined) ?? '{}') as { replica?: string }).replica;
    const damage = () => {
      // Any laptop's files, the one killed for good too: what another laptop applied of them comes
      // back through relay copies (electron/services/exchange/relay.ts). Not the files of an identity
      // left behind by a restore or a copy taken over: what was published there after the backup and
      // that nobody applied yet can be written again by nobody (the restore's own accounting).
      const spared = new Set(abandoned);
      const dirs = readdirSync(path.join(share, 'devices')).filter((d) => !spared.has(d));
      if (!dirs.length) return;
      const dir = path.join(share, 'devices', pick(dirs));
      const files = readdirSync(dir).filter((f) => f.endsWith('.asx')).sort();
      if (!files.length) return;
      const file = path.join(dir, files[files.length - 1]!);
      const bytes = readFileSync(file);
      const kind = rand();
      if (kind < 0.2) {
        // An old copy of the head put back (a share restored from its own backup, a sync tool).
        const heads = oldHeads.get(path.join(dir, 'head.json'));
        if (heads && heads.length > 1) {
          writeFileSync(path.join(dir, 'head.json'), heads[Math.floor(rand() * (heads.length - 1))]!);
          staleReplays++;
        }
      } else if (kind < 0.35) {
        // An old batch copied over a newer one of the same laptop.
        if (files.length > 1) {
          writeFileSync(file, readFileSync(path.join(dir, files[Math.floor(rand() * (files.length - 1))]!)));
          staleReplays++;
        }
      } else if (kind < 0.65) writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      else {
        const i = Math.floor(rand() * bytes.length);
        bytes[i] = bytes[i]! ^ 0x20;
        writeFileSync(file, bytes);
      }
    };

    /** The writes of `r` (and of the files it was made from) up to a change_log seq: found again in a file made from it. */
    const inherited = (r: Replica, upTo: number): Write[] =>
      writes.filter((w) => w.replica === r.index && w.seq <= upTo).concat(r.origin ? inherited(replicas[r.origin.index]!, Math.min(upTo, r.origin.upToSeq)) : []);
    const maxReplicas = options.replicas + 4;
    const candidates = () => living.filter((x) => x !== dead);

    // A laptop's database file copied to a new laptop (with the identity file beside it): the copy
    // must take an identity of its own and publish what it does under it.
    const copyDatabase = () => {
      if (replicas.length >= maxReplicas) return;
      const from = pick(candidates());
      from.db.pragma('wal_checkpoint(TRUNCATE)');
      const file = path.join(root, `r${replicas.length}.db`);
      copyFileSync(from.file, file);
      try {
        copyFileSync(identityFileOf(from.file), identityFileOf(file));
      } catch {
        // never exchanged yet
      }
      const upToSeq = lastSeq(from.db);
      const x = openReplica(replicas.length, file, from.skew + Math.floor((rand() - 0.5) * 60_000), { seen: cloneSeen(from.seen), seenSeq: from.seenSeq, version: from.version });
      x.origin = { index: from.index, upToSeq };
      toAlias.set(x.index, inherited(from, upToSeq));
      replicas.push(x);
      living.push(x);
      copies++;
    };

    // A new laptop (an officer's first day) joins with an empty desk: from the newest snapshot, then
    // the batches after it. A delegation classified everywhere at that moment is not in the
    // snapshot; lowered later, it must reach this laptop all the same.
    const joinNew = async () => {
      if (replicas.length >= maxReplicas) return;
      const file = path.join(root, `r${replicas.length}.db`);
      copyFileSync(template, file);
      // Installed today: the newest version any laptop runs.
      const x = openReplica(replicas.length, file, 3 * 60_000, { seen: new Map(), seenSeq: 0, version: Math.max(...living.map((r) => r.version)) });
      replicas.push(x);
      living.push(x);
      joins++;
      // Its officer sets the exchange folder up first thing.
      await round(x, false);
    };

    const takeBackup = (r: Replica) => {
      const id = JSON.parse((r.db.prepare(`SELECT value FROM app_meta WHERE key = 'exchange_identity'`).pluck().get() as string | undefined) ?? '{}') as { replica?: string; lastSeq?: number };
      backups.set(r.index, { bytes: r.db.serialize(), seen: cloneSeen(r.seen), seenSeq: r.seenSeq, maxSeq: lastSeq(r.db), version: r.version, replica: id.replica ?? '', publishedSeq: id.lastSeq ?? 0 });
    };

    // A laptop restored from its backup (the officer's choice): what it made after the backup and
    // had published comes back from the share; what it had not published is undone by the restore.
    const restoreBackup = async (r: Replica) => {
      const b = backups.get(r.index);
      if (!b || replicas.length >= maxReplicas || r === dead) return;
      const id = replicaIdOf(r) ?? '';
      // A batch of its damaged on the share could be written again by nobody after this (see the
      // known limit above), and the restored file reads its batches from the backup's on: the
      // restore waits for a moment when those are whole (after one more exchange of its own if
      // need be, which then also publishes all it has).
      const whole = () => ownFilesWhole(share, b.replica, b.publishedSeq) && (b.replica === id || ownFilesWhole(share, id, 0));
      if (!whole()) await round(r, false);
      if (!whole()) return;
      learn(r);
      const publishedAt = (seq: number) => ((r.db.prepare('SELECT max(published) FROM exchange_outbox WHERE seq = ?').pluck().get(seq) as number | null) ?? 0) > 0;
      for (const w of writes) if (w.replica === r.index && w.seq > b.maxSeq && !publishedAt(w.seq)) undone.add(w.n);
      for (const c of creates) if (c.replica === r.index && c.seq > b.maxSeq && !publishedAt(c.seq)) undoneCreates.add(c.id);
      r.retiredAs = {
        replica: id,
        backupMaxSeq: b.maxSeq,
        outbox: Object.fromEntries((r.db.prepare('SELECT seq, max(published) AS p FROM exchange_outbox GROUP BY seq').all() as Array<{ seq: number; p: number | null }>).map((x) => [x.seq, x.p])),
      };
      r.db.close();
      r.retired = true;
      living.splice(living.indexOf(r), 1);
      abandoned.add(id);
      for (const suffix of ['', '-wal', '-shm']) rmSync(r.file + suffix, { force: true });
      writeFileSync(r.file, b.bytes);
      const x = openReplica(replicas.length, r.file, r.skew, { seen: b.seen, seenSeq: b.seenSeq, version: Math.max(b.version, r.version) });
      x.origin = { index: r.index, upToSeq: b.maxSeq };
      toAlias.set(x.index, inherited(r, b.maxSeq));
      backups.delete(r.index);
      replicas.push(x);
      living.push(x);
      restores++;
    };

    const upgrade = (r: Replica) => {
      if (r.version) return;
      r.version = 1;
      upgrades++;
    };

    for (let step = 0; step < options.steps; step++) {
      clockMs += 1000 + Math.floor(rand() * 120_000);
      // The rarer faults: once each at a fixed point (so that every run meets them), then now and then.
      const ev = rand();
      if (step === Math.floor(options.steps * 0.2) || ev < 0.0005) upgrade(pick(living));
      if (step === Math.floor(options.steps * 0.25) || ev > 0.998) takeBackup(pick(candidates()));
      if (step === Math.floor(options.steps * 0.3) || (ev > 0.0005 && ev < 0.0007)) copyDatabase();
      if (step === Math.floor(options.steps * 0.4) || (ev > 0.0015 && ev < 0.0016)) await joinNew();
      if (step === Math.floor(options.steps * 0.5) || (ev > 0.001 && ev < 0.0015)) {
        const withBackup = candidates().filter((x) => backups.has(x.index));
        if (withBackup.length) await restoreBackup(pick(withBackup));
      }
      // With three laptops or more, the last one is killed for good at four fifths of the run: it
      // must block nobody, and only what it never published may be missing.
      if (dead && step === Math.floor(options.steps * 0.8)) living.splice(living.indexOf(dead), 1);
      const r = pick(living);
      const online = step >= r.offlineUntil;
      const roll = rand();
      if (roll < 0.03) r.offlineUntil = step + 5 + Math.floor(rand() * 40);
      else if (roll < 0.3) {
        if (online) await round(r, true);
      } else if (roll < 0.33) {
        if (existsShare(share)) damage();
      } else if (roll < 0.36) {
        resolve(r);
      } else {
        edit(r);
        // Now and then, on the same laptop, a record of a unique key too.
        if (krand() < 0.2) keyedEdit(r);
      }
    }

    // Everybody back online: exchange until nothing moves, resolve every conflict, exchange again.
    // Everybody updated.
    for (const r of living) upgrade(r);
    const settle = async () => {
      for (let k = 0; k < 4; k++) for (const r of living) await round(r, false);
    };
    await settle();
    // What is held is left out of the comparison: the delegations classified now on some laptop
    // (a restore may have undone a lowering that never left that laptop), with their members; the
    // marking itself of the ones several laptops hold must agree.
    const held = () => {
      const out = new Set(secretNow);
      for (const r of living) for (const id of r.db.prepare("SELECT id FROM delegations WHERE classification <> 'none'").pluck().all() as string[]) out.add(id);
      return out;
    };
    const markingsDiffer = () => {
      const seen = new Map<string, string>();
      for (const r of living) {
        for (const row of r.db.prepare('SELECT id, classification FROM delegations').all() as Array<{ id: string; classification: string }>) {
          const before = seen.get(row.id);
          if (before !== undefined && before !== row.classification) return `the marking of delegation ${row.id} differs: ${before} ≠ ${row.classification} on replica ${r.index}`;
          seen.set(row.id, row.classification);
        }
      }
      return null;
    };
    const result1 = compare(living, held()) ?? markingsDiffer();
    const first = living[0]!;
    const openBefore = openConflicts(first.db).length;
    for (let guard = 0; guard < 500 && openConflicts(first.db).length; guard++) {
      if (!resolve(first)) {
        failures.push(`could not resolve: ${JSON.stringify(openConflicts(first.db))}`);
        break;
      }
      // The resolution is taken up (and published) at once, as the inbox's "resolve" will do.
      await round(first, false);
    }
    await settle();
    for (const r of living) learn(r);
    const result2 = compare(living, held()) ?? markingsDiffer();
    if (result1) failures.push(`before resolving: ${result1}`);
    if (result1 || result2) for (const [i, ps] of lastProblems) if (ps.length) failures.push(`  replica ${i}'s last round: ${ps.join(' | ')}`);
    if (result2) failures.push(`after resolving: ${result2}`);
    if ((result1 || result2) && process.env.EXSIM_DEBUG) {
      const id = process.env.EXSIM_ID ?? /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(result1 ?? result2 ?? '')?.[1];
      failures.push(`  writes: ${JSON.stringify(writes.filter((x) => x.id === id).map((x) => ({ n: x.n, r: x.replica, reg: x.register, v: x.value, hlc: x.hlc?.slice(0, 22), saw: [...x.saw] })))}`);
      for (const r of replicas.filter((x) => !x.retired)) failures.push(`  log r${r.index}: ${JSON.stringify(r.db.prepare('SELECT seq, op, after, origin, substr(hlc, 1, 22) AS h, substr(replica, 30) AS rep FROM change_log WHERE entity_id = ? ORDER BY seq').all(id))}`);
      for (const r of replicas.filter((x) => !x.retired)) failures.push(`  heads r${r.index}: ${JSON.stringify(r.db.prepare('SELECT register, hlc, value FROM exchange_heads WHERE entity_id = ? ORDER BY register, hlc').all(id))}`);
      for (const r of replicas.filter((x) => !x.retired)) failures.push(`  conflicts r${r.index}: ${JSON.stringify(r.db.prepare('SELECT * FROM exchange_conflicts WHERE entity_id = ?').all(id))}`);
      for (const r of replicas.filter((x) => !x.retired)) failures.push(`  outbox r${r.index}: ${JSON.stringify(r.db.prepare("SELECT n, published, line FROM exchange_outbox WHERE line LIKE '%' || ? || '%'").all(id))}`);
    }
    const stillOpen = living.map((r) => openConflicts(r.db).length);
    if (stillOpen.some((n) => n > 0)) failures.push(`conflicts still open after resolving: ${stillOpen.join(', ')} (${openBefore} before): ${JSON.stringify(openConflicts(first.db).slice(0, 3))}`);

    // No write lost: shown, in the inbox, or replaced by a write that had seen it.
    const r0 = first;
    const replacedBySeen = new Set<number>();
    for (const w of writes) for (const s of w.saw) replacedBySeen.add(s);
    let lost = 0;
    // A write of the dead laptop that never reached the share whole (not published, or in a batch
    // damaged on the share, or after one, that its owner can no longer write again) went with the
    // laptop: not lost by the exchange, and counted apart.
    let firstDamaged = Infinity;
    if (dead) {
      const me = (dead.db.prepare(`SELECT value FROM app_meta WHERE key = 'exchange_identity'`).pluck().get() as string | undefined) ?? '{}';
      const replicaId = (JSON.parse(me) as { replica?: string }).replica ?? '';
      const dir = path.join(share, 'devices', replicaId);
      const head = (() => {
        try {
          return JSON.parse(readFileSync(path.join(dir, 'head.json'), 'utf8')) as { batches: Array<{ seq: number; file: string; sha256: string }>; packs?: Array<{ from: number; file: string; sha256: string }> };
        } catch {
          return { batches: [], packs: [] };
        }
      })();
      // Its loose batches and its packs (a damaged pack takes every batch in it).
      for (const b of [...head.batches, ...(head.packs ?? []).map((p) => ({ seq: p.from, file: p.file, sha256: p.sha256 }))]) {
        let sha = '';
        try {
          sha = createHash('sha256').update(readFileSync(path.join(dir, b.file))).digest('hex');
        } catch {
          // missing
        }
        if (sha !== b.sha256) {
          firstDamaged = Math.min(firstDamaged, b.seq);
        }
      }
    }
    let wentWithLaptop = 0;
    // What a living laptop applied of the dead laptop's batches reaches everybody (relay copies):
    // only a batch that no living laptop holds may have gone with it.
    const deadReplica = dead ? (replicaIdOf(dead) ?? '') : '';
    const heldByLiving = Math.max(0, ...living.map((r) => (r.db.prepare('SELECT seq FROM exchange_applied WHERE replica = ?').pluck().get(deadReplica) as number | undefined) ?? 0));
    const neverLeft = (replica: number, seq: number) => {
      if (!dead || replicas[replica] !== dead) return false;
      const published = dead.db.prepare('SELECT published FROM exchange_outbox WHERE seq = ?').pluck().get(seq) as number | null | undefined;
      const gone = published == null || (published >= firstDamaged && published > heldByLiving);
      if (gone) wentWithLaptop++;
      return gone;
    };
    for (const w of writes) {
      if (replacedBySeen.has(w.n) || undone.has(w.n) || neverLeft(w.replica, w.seq)) continue;
      if (shows(r0.db, w)) continue;
      const inInbox = r0.db.prepare('SELECT value FROM exchange_heads WHERE entity_id = ? AND register = ?').pluck().all(w.id, w.register) as string[];
      if (inInbox.includes(JSON.stringify(w.value ?? null))) continue;
      lost++;
      if (lost <= 5) {
        failures.push(`lost: write ${w.n} by replica ${w.replica} of ${w.entity} ${w.id} ${w.register} = ${JSON.stringify(w.value)} (hlc ${w.hlc})`);
        if (process.env.EXSIM_DEBUG) {
          const by = replicas[w.replica]!;
          if (by.retiredAs) failures.push(`  by replica ${w.replica}, retired as ${by.retiredAs.replica} (backup up to seq ${by.retiredAs.backupMaxSeq}); the write (seq ${w.seq}) published in batch ${JSON.stringify(by.retiredAs.outbox[w.seq] ?? null)}`);
          failures.push(`  heads: ${JSON.stringify(r0.db.prepare('SELECT hlc, value FROM exchange_heads WHERE entity_id = ?').all(w.id))}`);
          failures.push(`  writes: ${JSON.stringify(writes.filter((x) => x.id === w.id).map((x) => ({ n: x.n, r: x.replica, reg: x.register, v: x.value, hlc: x.hlc, saw: [...x.saw] })))}`);
          failures.push(`  log: ${JSON.stringify(replicas.filter((r) => r.db.open).map((r) => r.db.prepare('SELECT seq, op, after, origin, hlc FROM change_log WHERE entity_id = ? ORDER BY seq').all(w.id)))}`);
          failures.push(`  outbox: ${JSON.stringify(replicas.filter((r) => r.db.open).map((r) => r.db.prepare("SELECT n, seq, hlc, published, line FROM exchange_outbox WHERE line LIKE '%' || ? || '%'").all(w.id)))}`);
        }
      }
    }
    for (const c of creates) {
      if (undoneCreates.has(c.id) || neverLeft(c.replica, c.seq)) continue;
      if (!r0.db.prepare(`SELECT 1 FROM "${TABLE_OF[c.entity]}" WHERE id = ?`).get(c.id)) {
        lost++;
        failures.push(`lost: created ${c.entity} ${c.id}`);
        if (process.env.EXSIM_DEBUG) {
          const by = replicas[c.replica]!;
          failures.push(`  by replica ${c.replica}${by.retired ? ' (retired)' : ''}${by === dead ? ' (killed for good)' : ''} at seq ${c.seq}, origin ${JSON.stringify(by.origin ?? null)}`);
          if (by.retiredAs) {
            const { replica: old, backupMaxSeq, outbox } = by.retiredAs;
            failures.push(`  retired as ${old}, backup up to seq ${backupMaxSeq}; that change published in batch ${JSON.stringify(outbox[c.seq] ?? null)}`);
            const dir = path.join(share, 'devices', old);
            try {
              const head = JSON.parse(readFileSync(path.join(dir, 'head.json'), 'utf8')) as { lastSeq: number; batches: Array<{ seq: number; file: string }>; packs?: Array<{ from: number; to: number; file: string }> };
              failures.push(`  its head: lastSeq ${head.lastSeq}, batches ${head.batches.map((x) => x.seq).join(',')}, packs ${(head.packs ?? []).map((x) => `${x.from}-${x.to}`).join(',')}; files ${readdirSync(dir).join(',')}`);
            } catch (err) {
              failures.push(`  its head: ${(err as Error).message}`);
            }
            for (const r of replicas.filter((x) => x.db.open)) failures.push(`  r${r.index} applied of it: ${JSON.stringify(r.db.prepare('SELECT seq FROM exchange_applied WHERE replica = ?').pluck().get(old) ?? null)}`);
          }
          if (by.db.open) failures.push(`  its outbox: ${JSON.stringify(by.db.prepare("SELECT n, seq, published, substr(hlc, 1, 22) AS h FROM exchange_outbox WHERE line LIKE '%' || ? || '%'").all(c.id))}`);
          for (const r of replicas.filter((x) => x.db.open)) failures.push(`  r${r.index}${r.retired ? ' (retired)' : ''}: row ${r.db.prepare(`SELECT count(*) FROM "${TABLE_OF[c.entity]}" WHERE id = ?`).pluck().get(c.id)}, log ${JSON.stringify(r.db.prepare('SELECT seq, op, origin, substr(hlc, 1, 22) AS h, tx FROM change_log WHERE entity_id = ?').all(c.id))}, applied ${JSON.stringify(r.db.prepare('SELECT substr(replica, 25) AS r, seq FROM exchange_applied').all())}`);
        }
      }
    }

    if (wentWithLaptop && process.env.EXSIM_DEBUG) failures.push(`(${wentWithLaptop} writes went with the laptop killed for good, never published whole)`);

    // The sentinel of classified records is nowhere on the share (batches gunzipped).
    let classifiedOnShare = 0;
    for (const file of walk(share)) {
      let text = readFileSync(file);
      if (file.endsWith('.asx')) {
        try {
          text = gunzipSync(text);
        } catch {
          // a damaged file: its raw bytes are searched
        }
      }
      if (text.includes(SENTINEL)) {
        classifiedOnShare++;
        const at = text.indexOf(SENTINEL);
        const from = text.lastIndexOf('\n', at) + 1;
        failures.push(`classified text on the share in ${path.relative(share, file)}: ${text.subarray(from, Math.min(text.length, from + 600)).toString('utf8')}`);
      }
    }
    let integrityOk = true;
    for (const r of replicas) {
      if (r.retired) continue;
      if (r.db.pragma('integrity_check', { simple: true }) !== 'ok') integrityOk = false;
      if ((r.db.pragma('foreign_key_check') as unknown[]).length) integrityOk = false;
    }
    return {
      replicas: options.replicas,
      steps: options.steps,
      seed: options.seed,
      packAt: packAt || null,
      writes: writes.length + creates.length,
      converged: !result1 && !result2,
      lost,
      conflictsShown: conflictsSeen.size,
      conflictsResolved,
      classifiedOnShare,
      damagedFilesDetected,
      packed,
      repaired,
      declassified,
      staleReplays,
      copies,
      restores,
      joins,
      joinedFromSnapshot,
      upgrades,
      newerHeld,
      undoneByRestore: undone.size + undoneCreates.size,
      keyedCreates: claimsMade,
      duplicatesShown: [...conflictsSeen].filter((k) => k.startsWith('duplicate:')).length,
      relayed,
      relaysWritten,
      copiesDropped,
      strayRemoved,
      integrityOk,
      failures,
    };
  } finally {
    for (const r of replicas) if (r.db.open) r.db.close();
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
}

const parseReplica = (hlc: string) => hlc.split('.').slice(2).join('.');

/** Whether every batch after `fromSeq` that a laptop's head lists is on the share as listed (loose, or in a pack). */
function ownFilesWhole(share: string, replica: string, fromSeq: number): boolean {
  if (!replica) return true;
  const dir = path.join(share, 'devices', replica);
  let head: { batches: Array<{ seq: number; file: string; sha256: string }>; packs?: Array<{ to: number; file: string; sha256: string }> };
  try {
    head = JSON.parse(readFileSync(path.join(dir, 'head.json'), 'utf8')) as typeof head;
  } catch {
    return !existsSync(dir);
  }
  return [...head.batches.map((b) => ({ last: b.seq, file: b.file, sha256: b.sha256 })), ...(head.packs ?? []).map((p) => ({ last: p.to, file: p.file, sha256: p.sha256 }))].every((f) => {
    if (f.last <= fromSeq) return true;
    try {
      return createHash('sha256').update(readFileSync(path.join(dir, f.file))).digest('hex') === f.sha256;
    } catch {
      return false;
    }
  });
}

function existsShare(share: string): boolean {
  try {
    return statSync(path.join(share, 'devices')).isDirectory();
  } catch {
    return false;
  }
}

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

function shows(db: Db, w: Write): boolean {
  const rp = REPO[w.entity as Kind];
  const row = rp.find(db, w.id) ?? (db.prepare(`SELECT 1 FROM "${rp.tableName}" WHERE id = ?`).get(w.id) ? rp.get(db, w.id, { includeDeleted: true }) : undefined);
  if (!row) return false;
  if (w.register === 'deletedAt') return (row.deletedAt ?? null) === (w.value ?? null);
  if (w.register === 'startDate+endDate') {
    const v = w.value as { startDate: string; endDate: string };
    return row.startDate === v.startDate && row.endDate === v.endDate;
  }
  return row[w.register] === w.value;
}

/** What differs between the replicas' exchanged tables (null: identical), classified delegations aside. */
function compare(replicas: Replica[], secret: ReadonlySet<string>): string | null {
  const dump = (db: Db) => {
    const out: Record<string, unknown[]> = {};
    for (const [name, rp] of Object.entries({ meetings: repo.meetings, actionItems: repo.actionItems, people: repo.people, delegations: repo.delegations, members: repo.delegationMembers })) {
      // (With the marking of a later claimant of a unique key: the same on every laptop too.)
      const marks = name === 'delegations' ? ['claimant'] : name === 'members' ? ['claimant', 'head_claimant'] : [];
      const cols = ['id', 'deleted_at', ...rp.config.fields.filter((f) => f !== 'supportingAgencyIds').map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)), ...marks];
      const parent = name === 'members' ? cols.indexOf('delegation_id') : 0;
      out[name] = (db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${rp.tableName}" ORDER BY id`).raw().all() as unknown[][]).filter(
        (row) => !secret.has(row[parent] as string),
      );
    }
    out.bodies = db.prepare('SELECT id, code, deleted_at, claimant FROM bodies ORDER BY id').raw().all();
    out.conflicts = openConflicts(db);
    out.search = db.prepare(`SELECT entity_id, title FROM search_docs WHERE entity IN ('meeting', 'person', 'action_item') ORDER BY entity_id`).raw().all();
    return JSON.stringify(out);
  };
  const first = dump(replicas[0]!.db);
  for (const r of replicas.slice(1)) {
    const other = dump(r.db);
    if (other === first) continue;
    const A = JSON.parse(first) as Record<string, unknown[]>;
    const B = JSON.parse(other) as Record<string, unknown[]>;
    const diffs: string[] = [];
    for (const table of Object.keys(A)) {
      const key = (x: unknown) => (Array.isArray(x) ? String(x[0]) : (x as { key: string }).key);
      const a = new Map(A[table]!.map((x) => [key(x), JSON.stringify(x)]));
      const b = new Map(B[table]!.map((x) => [key(x), JSON.stringify(x)]));
      for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) diffs.push(`${table} ${k}: ${a.get(k) ?? 'absent'} ≠ ${b.get(k) ?? 'absent'}`);
    }
    const id = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(diffs[0] ?? '')?.[1];
    return `replica ${r.index} differs from replica 0 at ${id ?? '?'}: ${diffs.slice(0, 4).join(' ; ')}`;
  }
  return null;
}
