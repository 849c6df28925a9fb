// The exchange switched on: the desk's service that runs exchange rounds (round.ts) with the folder
// chosen in Settings › Exchange, when the desk starts, every few minutes (a setting, 5 by default)
// and one last time, bounded, when it stops; or at once when an officer asks. One round at a time
// on a laptop; a round's outcome is a status (never a throw): a folder that does not answer is
// "offline", told calmly and tried again at the next tick. Between the batches it applies, a
// round yields to the event loop, so the screens' requests are answered while it works.
//
// After each round that reached the folder, this laptop writes devices/<replica>/seen.json (when
// it exchanged, by its own clock, with its names and version) and reads the other laptops' ones:
// the difference between a laptop's stated time and the time the share stamped on its file,
// compared with the same difference for this laptop's own file, measures how far its clock is
// from this one's without trusting either.
import { hostname } from 'node:os';
import path from 'node:path';
import type { Clock } from '../../../common/clock';
import type { Messages } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { deleteMeta, getMeta, setMeta } from '../../../db/repo/core/meta';
import { statement } from '../../../db/repo/core/statements';
import {
  CLOCK_WARNING_MS,
  DEFAULT_EXCHANGE_MINUTES,
  type ExchangeLaptop,
  type ExchangeRoundSummary,
  type ExchangeStatus,
} from '../../contract/exchange';
import { AppError } from '../../../db/errors';
import { errnoOf } from '../files/fsErrors';
import type { WorkerPool } from '../jobs/worker/pool';
import type { ExchangeRoundResult } from '../jobs/worker/protocol';
import { exchangeRound, PACK_AT, type RoundReport } from './round';
import { deviceDir, devicesDir, readJson, realExchangeFs, replaceFile, ShareProblem, type ExchangeFs, type HeadFile } from './share';

export const EXCHANGE_FOLDER_SETTING = 'setting.exchangeFolder';
export const EXCHANGE_MINUTES_SETTING = 'setting.exchangeMinutes';
const OFFICER_NAME_SETTING = 'setting.officerName';
const LAPTOP_NAME_SETTING = 'setting.laptopName';
const LAST_ROUND_META = 'exchange.lastRound';
const LAST_SUCCESS_META = 'exchange.lastSuccessAt';

export const SEEN_FILE = 'seen.json';
export const SEEN_FORMAT = 'asoen-exchange-seen/1';

/** What a laptop says of itself each time it exchanges (devices/<replica>/seen.json). */
export interface SeenFile {
  format: string;
  replica: string;
  /** When it exchanged, by its own clock (ISO). */
  at: string;
  name: string | null;
  officer: string | null;
  appVersion: string | null;
  schema: number;
}

/** Errors of a folder that does not answer (a share gone, a drive unplugged): the calm "offline". */
const OFFLINE_CODES = new Set([
  'ENOENT',
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'EIO',
  'ENOTCONN',
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ENETUNREACH',
  'ESTALE',
  'EBUSY',
  'EAGAIN',
  'ENXIO',
  'UNKNOWN',
]);

// Captured before a test installs fake timers: the yields between batches always really yield.
const realSetImmediate = globalThis.setImmediate;
const yieldToScreens = () => new Promise<void>((resolve) => realSetImmediate(() => resolve()));

export interface ExchangeServiceOptions {
  db: Db;
  dbFile: string;
  now: Clock;
  appVersion: string;
  schemaVersion: number;
  fs?: ExchangeFs;
  /** This computer's name (an identity file copied to another computer is not trusted). */
  host?: string;
  /** How long the last round at stop may take before the desk stops all the same (3 s). */
  finalRoundMs?: number;
  /** How long the folder may take to answer whether it is there before the round is "offline" (20 s). */
  probeMs?: number;
  /** Where unexpected failures are reported (they also become the status). */
  log?: (message: string, error: unknown) => void;
  /** Awaited between the batches a round applies on this thread (default: one turn of the event loop). */
  betweenBatches?: () => Promise<void>;
  /**
   * The desk's job workers: a round then runs on a worker's own connection, and this thread only
   * waits for its report (the screens are answered even while a large batch is applied). Not used
   * with an injected file system (tests), which only this thread can call.
   */
  workers?: WorkerPool;
  nativeBinding?: string | undefined;
  /** Pack this laptop's batches once this many were loose on the share before a round (default PACK_AT; round.ts says why). */
  packAt?: number;
}

/** -1, 0 or 1: how version a compares with version b ('0.2.0' > '0.1.9'; a pre-release below its release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.trim().replace(/^v/, '').split('-', 2);
    return { parts: core.split('.').map((p) => Number.parseInt(p, 10) || 0), pre: pre ?? null };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length, 3); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === null) return 1;
  if (y.pre === null) return -1;
  return x.pre < y.pre ? -1 : 1;
}

function duration(ms: number): Messages {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 120) return { vi: `${minutes} phút`, en: `${minutes} minutes` };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { vi: `${hours} giờ`, en: `${hours} hours` };
  const days = Math.round(hours / 24);
  return { vi: `${days} ngày`, en: `${days} days` };
}

/**
 * A laptop as a message names it: "máy Máy ASOEN 2" would say "laptop" twice (names often begin
 * with it), so a name that begins with the word is used alone.
 */
function laptopWords(l: { name: string | null; replica: string }): Messages {
  const name = l.name ?? l.replica.slice(-8);
  return {
    vi: /^máy(\s|$)/iu.test(name) ? name : `máy ${name}`,
    en: /^(laptop|máy)(\s|$)/iu.test(name) ? name : `laptop ${name}`,
  };
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface KnownLaptop extends ExchangeLaptop {
  schema: number | null;
}

export class ExchangeService {
  private readonly fs: ExchangeFs;
  private readonly host: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private current: Promise<void> | null = null;
  private started = false;
  private stopped = false;
  private stopping: Promise<void> | null = null;
  private state: ExchangeStatus['state'] | null = null;
  private nextAt: string | null = null;
  private replica: string | null = null;
  private received = 0;
  private laptops: KnownLaptop[] | null = null;
  /** A look at the folder that has not answered yet (a share gone silent holds one of Node's file threads). */
  private probing: Promise<unknown> | null = null;

  constructor(private readonly options: ExchangeServiceOptions) {
    this.fs = options.fs ?? realExchangeFs;
    this.host = options.host ?? hostname();
  }

  private get db(): Db {
    return this.options.db;
  }

  folder(): string | null {
    return this.db.open ? getMeta(this.db, EXCHANGE_FOLDER_SETTING) : null;
  }

  intervalMinutes(): number {
    const n = this.db.open ? Number(getMeta(this.db, EXCHANGE_MINUTES_SETTING)) : NaN;
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_EXCHANGE_MINUTES;
  }

  /** Starts the automatic exchange: a round now (if a folder is set), then one every few minutes. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    if (this.folder()) void this.runNow();
  }

  /**
   * The folder or the interval changed (Settings): what was known of the old folder is forgotten,
   * and a round starts at once with the new one (none when the exchange was switched off).
   */
  configured(folderChanged: boolean): void {
    if (folderChanged) {
      this.laptops = null;
      this.replica = null;
      if (this.db.open) {
        deleteMeta(this.db, LAST_ROUND_META);
        deleteMeta(this.db, LAST_SUCCESS_META);
      }
    }
    if (!this.folder()) {
      this.clearTimer();
      this.state = null;
      return;
    }
    if (folderChanged) {
      this.state = null;
      if (this.current) void this.current.then(() => this.runNow());
      else void this.runNow();
    } else if (!this.current && this.started && !this.stopped) this.schedule(this.intervalMinutes() * 60_000);
  }

  /** Starts a round unless one is running; resolves when it (or the running one) has ended. Never rejects. */
  runNow(): Promise<void> {
    if (this.current) return this.current;
    if (!this.folder() || this.stopped) return Promise.resolve();
    this.state = 'running';
    this.clearTimer();
    this.current = (async () => {
      // Not before the caller's transaction has ended (a handler calls this inside one).
      await Promise.resolve();
      await this.round();
    })().finally(() => {
      this.current = null;
      if (this.started && !this.stopped) this.schedule(this.intervalMinutes() * 60_000);
    });
    return this.current;
  }

  /** Resolves when no round is running (tests, and the bench, wait on it). */
  async idle(): Promise<void> {
    while (this.current) await this.current;
  }

  /** Stops the timer and runs one last round (after the running one), waiting at most `finalRoundMs`. */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    const wasStarted = this.started;
    this.stopped = true;
    this.clearTimer();
    const bound = this.options.finalRoundMs ?? 3_000;
    this.stopping = (async () => {
      const last = (async () => {
        if (this.current) await this.current;
        if (wasStarted && this.folder()) {
          this.current = this.round().finally(() => {
            this.current = null;
          });
          await this.current;
        }
      })();
      let timeout: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([last, new Promise<void>((resolve) => (timeout = setTimeout(resolve, bound)))]);
      clearTimeout(timeout);
    })();
    return this.stopping;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = null;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.stopped || !this.folder()) return;
    this.nextAt = new Date(this.options.now().getTime() + ms).toISOString();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow();
    }, ms);
    (this.timer as { unref?: () => void }).unref?.();
  }

  private nowIso(): string {
    return this.options.now().toISOString();
  }

  private names(): { name: string | null; officer: string | null } {
    return { name: getMeta(this.db, LAPTOP_NAME_SETTING), officer: getMeta(this.db, OFFICER_NAME_SETTING) };
  }

  /** One round and its outcome, kept as the status. Never throws. */
  private async round(): Promise<void> {
    const folder = this.folder();
    if (!folder) return;
    this.state = 'running';
    const startedAt = this.nowIso();
    let summary: ExchangeRoundSummary;
    const offline = (code: string): ExchangeRoundSummary => ({
      startedAt,
      finishedAt: this.nowIso(),
      outcome: 'offline',
      batchesApplied: 0,
      linesApplied: 0,
      published: null,
      problems: [],
      message: {
        vi: `Chưa kết nối được thư mục trao đổi ${folder}${code ? ` (${code})` : ''}. Bạn vẫn làm việc bình thường; các thay đổi được giữ trên máy này và sẽ được trao đổi khi thư mục kết nối lại.`,
        en: `The exchange folder ${folder} cannot be reached${code ? ` (${code})` : ''}. Work on as usual: changes are kept on this laptop and exchanged when the folder is back.`,
      },
    });
    try {
      if (this.options.dbFile === ':memory:') throw new Error('An in-memory database has no identity file: it cannot exchange.');
      let reachable = false;
      let code = '';
      try {
        reachable = await this.probe(folder);
        if (!reachable) code = 'ENOTDIR';
      } catch (err) {
        code = errnoOf(err);
        if (!OFFLINE_CODES.has(code)) throw err;
      }
      if (!reachable) summary = offline(code);
      else {
        const report = await this.exchange(folder);
        this.replica = report.replica;
        if (report.batchesApplied > 0) this.received++;
        summary = {
          startedAt,
          finishedAt: this.nowIso(),
          outcome: report.problems.length ? 'problems' : 'ok',
          batchesApplied: report.batchesApplied,
          linesApplied: report.linesApplied,
          published: report.published,
          problems: report.problems.map((p) => ({ laptop: p.laptop, file: p.file, message: p.messages })),
          message: null,
        };
        try {
          await this.seeLaptops(folder, report.replica);
        } catch (err) {
          // What the other laptops say of themselves is for Settings only: the round itself went through.
          if (!OFFLINE_CODES.has(errnoOf(err))) this.options.log?.('The exchange could not read the laptops seen', err);
        }
      }
    } catch (err) {
      // A file written on the share fails as the app's own error (files/atomicWrite.ts), its errno kept.
      const code = err instanceof AppError ? ((err.details as { errno?: string | null } | undefined)?.errno ?? '') : errnoOf(err);
      if (OFFLINE_CODES.has(code) || (err instanceof ShareProblem && err.kind === 'unreachable')) summary = offline(code);
      else {
        this.options.log?.('An exchange round failed', err);
        summary = {
          startedAt,
          finishedAt: this.nowIso(),
          outcome: 'failed',
          batchesApplied: 0,
          linesApplied: 0,
          published: null,
          problems: [],
          message:
            code === 'ENOSPC' || code === 'EDQUOT'
              ? {
                  vi: `Thư mục trao đổi ${folder} đã hết chỗ trống. Không có gì bị ghi dở; hãy nhờ người quản lý ổ mạng giải phóng chỗ, ứng dụng sẽ thử lại ở lần sau.`,
                  en: `The exchange folder ${folder} is out of space. Nothing was half-written; ask whoever manages the shared drive to free some space, and the app will try again next time.`,
                }
              : code === 'SQLITE_FULL'
                ? {
                    vi: 'Ổ đĩa của máy này đã đầy. Không có gì bị ghi dở; hãy giải phóng chỗ trống, ứng dụng sẽ thử lại ở lần sau.',
                    en: "This computer's disk is full. Nothing was half-written; free some space and the app will try again next time.",
                  }
                : err instanceof AppError && !code
                  ? {
                      vi: `Lần trao đổi này không hoàn tất: ${err.messages.vi} Không có gì bị ghi dở; ứng dụng sẽ thử lại ở lần sau.`,
                      en: `This exchange did not finish: ${err.messages.en} Nothing was half-written; the app will try again next time.`,
                    }
                  : {
                      vi: `Lần trao đổi này không hoàn tất (${code || (err as Error)?.message || String(err)}). Không có gì bị ghi dở; ứng dụng sẽ thử lại ở lần sau.`,
                      en: `This exchange did not finish (${code || (err as Error)?.message || String(err)}). Nothing was half-written; the app will try again next time.`,
                    },
        };
      }
    }
    this.state = summary.outcome === 'offline' ? 'offline' : summary.outcome === 'failed' ? 'failed' : 'idle';
    if (!this.db.open) return;
    try {
      this.db.transaction(() => {
        setMeta(this.db, LAST_ROUND_META, JSON.stringify(summary));
        if (summary.outcome === 'ok' || summary.outcome === 'problems') setMeta(this.db, LAST_SUCCESS_META, summary.finishedAt);
      })();
    } catch (err) {
      this.options.log?.('The exchange could not record its round', err);
    }
  }

  /**
   * Whether the folder is there, asked with a time limit: a share that does not answer is
   * "offline" after `probeMs` (ETIMEDOUT), and while that look still hangs no other is started
   * (each would hold another of Node's few file threads).
   */
  private async probe(folder: string): Promise<boolean> {
    const timedOut = () => Object.assign(new Error(`The folder ${folder} did not answer`), { code: 'ETIMEDOUT' });
    if (this.probing) throw timedOut();
    const look = this.fs.stat(folder);
    const probing = look.finally(() => {
      if (this.probing === probing) this.probing = null;
    });
    this.probing = probing;
    probing.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const stat = await Promise.race([
        look,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(timedOut()), this.options.probeMs ?? 20_000);
        }),
      ]);
      return stat.isDirectory();
    } finally {
      clearTimeout(timer);
    }
  }

  /** One round: on a job worker when the desk has them, else here, yielding between batches. */
  private async exchange(folder: string): Promise<RoundReport> {
    const { name, officer } = this.names();
    const { workers, nativeBinding } = this.options;
    if (workers && !this.options.fs) {
      const result = await workers.run<ExchangeRoundResult>(
        {
          kind: 'exchangeRound',
          dbFile: this.options.dbFile,
          folder,
          host: this.host,
          clockOffsetMs: this.options.now().getTime() - Date.now(),
          deviceName: name,
          officerName: officer,
          appVersion: this.options.appVersion,
          packAt: this.options.packAt ?? PACK_AT,
        },
        { file: this.options.dbFile },
        nativeBinding ? { nativeBinding } : {},
      );
      return result.report;
    }
    return exchangeRound(
      { db: this.db, dbFile: this.options.dbFile, folder, fs: this.fs, host: this.host, now: () => this.options.now().getTime(), deviceName: name, officerName: officer, appVersion: this.options.appVersion, packAt: this.options.packAt ?? PACK_AT },
      { betweenBatches: this.options.betweenBatches ?? yieldToScreens },
    );
  }

  /** Writes this laptop's seen.json and reads the others' (names, versions, when, clock difference). */
  private async seeLaptops(folder: string, replica: string): Promise<void> {
    const { name, officer } = this.names();
    const own: SeenFile = { format: SEEN_FORMAT, replica, at: this.nowIso(), name, officer, appVersion: this.options.appVersion, schema: this.options.schemaVersion };
    const myDir = deviceDir(folder, replica);
    await replaceFile(this.fs, myDir, SEEN_FILE, Buffer.from(JSON.stringify(own)));
    const stampOf = async (file: string) => (await this.fs.stat(file)).mtimeMs;
    const ownStamp = await stampOf(path.join(myDir, SEEN_FILE));
    const ownOffset = typeof ownStamp === 'number' ? Date.parse(own.at) - ownStamp : null;
    const out: KnownLaptop[] = [];
    for (const other of (await this.fs.readdir(devicesDir(folder))).sort()) {
      if (other === replica || other.startsWith('.')) continue;
      const dir = deviceDir(folder, other);
      try {
        const device = await readJson<{ name?: string | null; officer?: string | null; appVersion?: string | null }>(this.fs, path.join(dir, 'device.json'));
        const head = await readJson<HeadFile>(this.fs, path.join(dir, 'head.json'));
        const seen = await readJson<SeenFile>(this.fs, path.join(dir, SEEN_FILE));
        if (!device && !head && !seen) continue;
        const okSeen = seen && seen.format === SEEN_FORMAT && seen.replica === other && !Number.isNaN(Date.parse(seen.at)) ? seen : null;
        let skew: number | null = null;
        if (okSeen && ownOffset !== null) {
          const stamp = await stampOf(path.join(dir, SEEN_FILE)).catch(() => undefined);
          if (typeof stamp === 'number') skew = Math.round(Date.parse(okSeen.at) - stamp - ownOffset);
        }
        const at = okSeen ? Date.parse(okSeen.at) - (skew ?? 0) : null;
        out.push({
          replica: other,
          name: okSeen?.name ?? device?.name ?? null,
          officer: okSeen?.officer ?? device?.officer ?? null,
          appVersion: okSeen?.appVersion ?? device?.appVersion ?? null,
          lastExchangedAt: at === null ? null : new Date(at).toISOString(),
          clockSkewMs: skew,
          schema: Math.max(okSeen?.schema ?? 0, head?.schema ?? 0) || null,
        });
      } catch (err) {
        if (!OFFLINE_CODES.has(errnoOf(err))) throw err;
      }
    }
    this.laptops = out;
  }

  /** The laptops this one has taken changes from (before this run's first round read the folder). */
  private laptopsFromDatabase(): KnownLaptop[] {
    const rows = statement(this.db, 'SELECT replica, device_name, officer_name, app_version, last_seen_at FROM exchange_applied ORDER BY replica').all() as Array<{
      replica: string;
      device_name: string | null;
      officer_name: string | null;
      app_version: string | null;
      last_seen_at: string | null;
    }>;
    return rows
      .filter((r) => r.replica !== this.replica && (r.device_name !== null || r.last_seen_at !== null))
      .map((r) => ({ replica: r.replica, name: r.device_name, officer: r.officer_name, appVersion: r.app_version, lastExchangedAt: r.last_seen_at, clockSkewMs: null, schema: null }));
  }

  private lastRound(): ExchangeRoundSummary | null {
    const raw = getMeta(this.db, LAST_ROUND_META);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as ExchangeRoundSummary;
    } catch {
      return null;
    }
  }

  /** What Settings › Exchange shows. */
  status(): ExchangeStatus {
    const folder = this.folder();
    const lastRound = this.db.open ? this.lastRound() : null;
    const state: ExchangeStatus['state'] = !folder
      ? 'off'
      : this.current
        ? 'running'
        : (this.state ?? (lastRound?.outcome === 'offline' ? 'offline' : lastRound?.outcome === 'failed' ? 'failed' : 'idle'));
    const known = folder && this.db.open ? (this.laptops ?? this.laptopsFromDatabase()) : [];
    const warnings: ExchangeStatus['warnings'] = [];
    if (folder && state === 'offline' && lastRound?.message) warnings.push({ kind: 'offline', replica: null, message: lastRound.message });
    for (const l of known) {
      const label = laptopWords(l);
      if (l.clockSkewMs !== null && Math.abs(l.clockSkewMs) > CLOCK_WARNING_MS) {
        const d = duration(l.clockSkewMs);
        const ahead = l.clockSkewMs > 0;
        warnings.push({
          kind: 'clock',
          replica: l.replica,
          message: {
            vi: `Đồng hồ của ${label.vi} ${ahead ? 'nhanh' : 'chậm'} hơn máy này khoảng ${d.vi}. Hãy kiểm tra ngày giờ của hai máy: việc trao đổi vẫn chạy đúng, nhưng thời gian ghi trong Lịch sử và xung đột sẽ bị lệch.`,
            en: `${capital(label.en)}'s clock is about ${d.en} ${ahead ? 'ahead of' : 'behind'} this laptop's. Check the date and time of both: the exchange still works, but times shown in History and conflicts will be off.`,
          },
        });
      }
      if (l.appVersion && compareVersions(l.appVersion, this.options.appVersion) > 0) {
        warnings.push({
          kind: 'newerVersion',
          replica: l.replica,
          message: {
            vi: `${capital(label.vi)} dùng ASOEN Desk phiên bản ${l.appVersion}, mới hơn máy này (${this.options.appVersion}): hãy cập nhật máy này. Không có gì bị mất; các thay đổi máy này chưa đọc được sẽ được nhận sau khi cập nhật.`,
            en: `${capital(label.en)} runs ASOEN Desk ${l.appVersion}, newer than this laptop's ${this.options.appVersion}: update this laptop. Nothing is lost; changes this laptop cannot read yet are taken in after the update.`,
          },
        });
      } else if (l.schema !== null && l.schema > this.options.schemaVersion) {
        warnings.push({
          kind: 'newerSchema',
          replica: l.replica,
          message: {
            vi: `${capital(label.vi)} dùng cấu trúc dữ liệu mới hơn máy này: hãy cập nhật ASOEN Desk trên máy này. Không có gì bị mất.`,
            en: `${capital(label.en)} uses a newer data structure than this laptop: update ASOEN Desk here. Nothing is lost.`,
          },
        });
      }
    }
    return {
      folder,
      intervalMinutes: this.intervalMinutes(),
      state,
      replica: this.replica,
      lastRound,
      lastSuccessAt: this.db.open ? getMeta(this.db, LAST_SUCCESS_META) : null,
      nextAt: folder ? this.nextAt : null,
      received: this.received,
      laptops: known.map(({ schema: _schema, ...l }) => l),
      warnings,
    };
  }
}
