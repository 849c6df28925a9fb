// The exchange's performance figures (issue #17), on a generated office (npm run seed:bench) and
// a local folder standing for the shared drive:
//   npm run bench:exchange -- --db FILE [--runs N] [--heavy-days D] [--heavy-rounds R] [--no-heavy | --heavy-only]
// Laptop A (a copy of FILE) publishes its whole history; 18 more laptops each published one
// change, so an idle round of laptop B reads 20 laptops' folders. B joins by applying the whole
// history, A writes a snapshot, C joins from it (B and C are compared); then idle rounds of B;
// A publishes 1,000 changes (N times) and B applies them; A publishes 10,000 changes and B applies
// them while the Today summary is asked every 20 ms on B's connection (its latency counts from the
// moment it was due, so a batch holding the process shows); and a heavy year on another folder:
// 10 laptops × 40 changes a day × D days, R rounds a day each, then a new laptop joins and writes
// the year's snapshot, and the share's files and bytes are counted (the laptops pack at the desk's
// PACK_AT; --heavy-days 25 is a scaled-down year, --heavy-rounds 40 one batch per change, the most
// files and bytes such a year can make; --heavy-only skips the rest), with the bytes a reader that
// is one round behind a laptop reads to catch up with that round (readerBytesPerRound*). Progress on stderr; the last
// line on stdout is one JSON object of the figures (ms unless named otherwise; medians of N runs).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../db/bootstrap';
import type { Db } from '../db/open';
import type { WriteContext } from '../db/repo/core/repository';
import { repositories as repo } from '../db/repo/repositories';
import { todaySummary } from '../db/repo/today';
import { exchangeRound, PACK_AT, type ExchangeEnv } from '../electron/services/exchange/round';
import { realExchangeFs, type ExchangeFs, type HeadFile } from '../electron/services/exchange/share';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'heavy-days': { type: 'string', default: '250' },
    'heavy-rounds': { type: 'string', default: '2' },
    'no-heavy': { type: 'boolean', default: false },
    'heavy-only': { type: 'boolean', default: false },
  },
});
if (!values.db && !values['heavy-only']) throw new Error('usage: npm run bench:exchange -- --db FILE [--runs N] [--heavy-days D] [--heavy-rounds R] [--no-heavy | --heavy-only]');
const runs = Math.max(1, Number(values.runs));
const BENCH_DATE = '2026-11-21';
const T0 = Date.parse(`${BENCH_DATE}T02:00:00.000Z`);
const root = mkdtempSync(path.join(tmpdir(), 'asoen-exbench-'));
const migrationsFolder = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'migrations');
const started = performance.now();
const log = (m: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : Math.round((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2)) : null;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]! * 10) / 10 : null;
};
/** Wall time (ms), the result, and the process's CPU time (ms): the wall time of an idle machine, whatever else runs here. */
const time = async <T>(f: () => Promise<T>): Promise<[number, T, number]> => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await f();
  const used = process.cpuUsage(c);
  return [Math.round(performance.now() - t), r, Math.round((used.user + used.system) / 1000)];
};

// The file system, counting what a round reads.
let reads = 0;
let readNames: string[] = [];
const countingFs: ExchangeFs = {
  ...realExchangeFs,
  readFile: (p) => {
    reads++;
    readNames.push(path.basename(String(p)));
    return realExchangeFs.readFile(p);
  },
};

// A fresh desk: the app's own database with its reference data, as a new laptop has it.
const template = path.join(root, 'template.db');
{
  const t = openAppDatabase(template, { migrationsFolder, now: () => new Date(T0) });
  t.db.prepare(`DELETE FROM app_meta WHERE key = 'device_id'`).run();
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  t.db.close();
}
let made = 0;
interface Laptop {
  db: Db;
  file: string;
  deviceId: string;
  name: string;
}
function laptop(name: string, from = template): Laptop {
  const file = path.join(root, `${name}-${++made}.db`);
  copyFileSync(from, file);
  const opened = openAppDatabase(file, { migrationsFolder, now: () => new Date(T0) });
  return { db: opened.db, file, deviceId: opened.deviceId, name };
}
const envOf = (l: Laptop, folder: string, extra: Partial<ExchangeEnv> = {}): ExchangeEnv => ({
  db: l.db,
  dbFile: l.file,
  folder,
  fs: countingFs,
  host: 'bench',
  now: () => Date.now(),
  deviceName: l.name,
  officerName: `Officer ${l.name}`,
  appVersion: 'bench',
  // As the desk exchanges: packing at PACK_AT (scheduler.ts).
  packAt: PACK_AT,
  ...extra,
});
let tick = 0;
/** One officer's change: its own transaction and moment (a batch is cut only between moments). */
const ctxOf = (l: Laptop, at?: number): WriteContext => ({ now: new Date(at ?? T0 + ++tick * 1000).toISOString(), deviceId: l.deviceId, officerName: `Officer ${l.name}`, deviceName: l.name });

function edits(l: Laptop, n: number, label: string): void {
  const ids = l.db.prepare('SELECT id FROM action_items WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[];
  for (let i = 0; i < n; i++) {
    const id = ids[i % ids.length]!;
    l.db.transaction(() => repo.actionItems.update(l.db, ctxOf(l), { id, version: repo.actionItems.get(l.db, id).version, changes: { description: `${label} ${i}: đã gửi công văn cho Bộ Tài nguyên và Môi trường` } }))();
  }
}

function shareCount(folder: string): { files: number; bytes: number; packs: number; snapshots: number; batches: number } {
  const out = { files: 0, bytes: 0, packs: 0, snapshots: 0, batches: 0 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        out.files++;
        out.bytes += statSync(p).size;
        if (e.name.startsWith('pack-')) out.packs++;
        else if (e.name.startsWith('snapshot-')) out.snapshots++;
        else if (e.name.startsWith('b-')) out.batches++;
      }
    }
  };
  walk(folder);
  return out;
}

/** The exchanged state of a desk, for comparing two joiners (version aside: it counts local writes). */
function stateOf(db: Db): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of Object.values(repo)) {
    const table = r.tableName;
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all() as Array<Record<string, unknown>>) {
      const { version: _v, ...rest } = row;
      out.set(`${table}:${String(row.id)}`, JSON.stringify(rest));
    }
  }
  for (const row of db.prepare('SELECT entity_id, register, hlc, value, replica, officer_name, device_name FROM exchange_heads ORDER BY 1, 2, 3').raw().all() as unknown[][]) {
    out.set(`head:${row.slice(0, 3).join(':')}`, JSON.stringify(row));
  }
  for (const row of db.prepare('SELECT * FROM exchange_conflicts ORDER BY key').raw().all() as unknown[][]) out.set(`conflict:${String(row[0])}`, JSON.stringify(row));
  for (const row of db.prepare('SELECT entity, entity_id, title, subtitle, folded FROM search_docs ORDER BY entity_id').raw().all() as unknown[][]) out.set(`search:${String(row[1])}`, JSON.stringify(row));
  return out;
}

const figures: Record<string, unknown> = {};
try {
  const share = path.join(root, 'share');
  if (!values['heavy-only']) {
    // ------------------------------------------------------------------ 18 laptops with one change each
    for (let i = 0; i < 18; i++) {
      const o = laptop(`Other ${i + 1}`);
      o.db.transaction(() => repo.people.create(o.db, ctxOf(o), { fullName: `Nguyễn Văn Khách ${i + 1}`, email: `khach${i + 1}@example.vn` }))();
      await exchangeRound(envOf(o, share));
      o.db.close();
    }
    // ------------------------------------------------------------------ A publishes its history, B joins from it
    const a = laptop('A', values.db!);
    figures.scale = (JSON.parse((a.db.prepare(`SELECT value FROM app_meta WHERE key = 'bench_generator'`).pluck().get() as string | undefined) ?? '{"scale":null}') as { scale: number | null }).scale;
    const [publishHistoryMs, p, publishHistoryCpuMs] = await time(() => exchangeRound(envOf(a, share, { snapshotEvery: 0 })));
    log(`A published its history: ${publishHistoryMs} ms, up to batch ${p.published}`);
    const b = laptop('B');
    const [joinHistoryMs, j, joinHistoryCpuMs] = await time(() => exchangeRound(envOf(b, share, { snapshotEvery: 0 })));
    log(`B joined from the whole history: ${joinHistoryMs} ms, ${j.linesApplied} lines`);
    Object.assign(figures, { historyLines: j.linesApplied, publishHistoryMs, publishHistoryCpuMs, joinHistoryMs, joinHistoryCpuMs });
    // ------------------------------------------------------------------ A writes a snapshot, C joins from it
    const [snapshotWriteMs, s, snapshotWriteCpuMs] = await time(() => exchangeRound(envOf(a, share)));
    const snapFile = s.snapshot ? statSync(path.join(share, 'devices', s.replica, s.snapshot)).size : null;
    log(`A wrote its snapshot ${s.snapshot}: ${snapshotWriteMs} ms, ${snapFile} bytes; write lock held ${s.snapshotLockMs} ms, state read in a read transaction ${s.snapshotReadMs} ms`);
    const c = laptop('C');
    const [joinSnapshotMs, jc, joinSnapshotCpuMs] = await time(() => exchangeRound(envOf(c, share, { snapshotEvery: 0 })));
    log(`C joined from the snapshot: ${joinSnapshotMs} ms (${jc.joined?.records ?? 0} records, then ${jc.linesApplied} lines)`);
    const sb = stateOf(b.db);
    const sc = stateOf(c.db);
    const differ: string[] = [];
    for (const k of new Set([...sb.keys(), ...sc.keys()])) if (sb.get(k) !== sc.get(k)) differ.push(k);
    if (differ.length) log(`B and C differ: ${differ.slice(0, 3).map((k) => `${k}: ${sb.get(k) ?? 'absent'} ≠ ${sc.get(k) ?? 'absent'}`).join(' ; ')}`);
    Object.assign(figures, { snapshotWriteMs, snapshotWriteCpuMs, snapshotLockMs: s.snapshotLockMs ?? null, snapshotReadMs: s.snapshotReadMs ?? null, snapshotBytes: snapFile, snapshotRecords: jc.joined?.records ?? null, joinSnapshotMs, joinSnapshotCpuMs, joinersDiffer: differ.length });
    c.db.close();
    // ------------------------------------------------------------------ idle rounds of B among 20 laptops
    const idle: number[] = [];
    const idleCpu: number[] = [];
    let idleReads = 0;
    for (let i = 0; i < Math.max(5, runs); i++) {
      reads = 0;
      readNames = [];
      const [ms, , cpu] = await time(() => exchangeRound(envOf(b, share)));
      if (i === 0) {
        const heads = readNames.filter((n) => n === 'head.json').length;
        log(`idle round reads: ${heads} head.json, and ${readNames.filter((n) => n !== 'head.json').join(', ') || 'nothing else'}`);
      }
      idle.push(ms);
      idleCpu.push(cpu);
      idleReads = Math.max(idleReads, reads);
    }
    const laptops = readdirSync(path.join(share, 'devices')).length;
    Object.assign(figures, { laptops, idleRoundMs: median(idle), idleRoundCpuMs: median(idleCpu), idleRoundFilesRead: idleReads });
    log(`idle round of B among ${laptops} laptops: ${JSON.stringify(idle)} ms, at most ${idleReads} files read`);
    // ------------------------------------------------------------------ 1,000 changes: publish and apply
    const pub1: number[] = [];
    const pub1Cpu: number[] = [];
    const app1: number[] = [];
    const app1Cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      edits(a, 1000, `bench ${i}`);
      const [pms, , pcpu] = await time(() => exchangeRound(envOf(a, share, { snapshotEvery: 0 })));
      pub1.push(pms);
      pub1Cpu.push(pcpu);
      const [ms, r, cpu] = await time(() => exchangeRound(envOf(b, share, { snapshotEvery: 0 })));
      if (r.linesApplied !== 1000) throw new Error(`B applied ${r.linesApplied} lines, not 1,000`);
      app1.push(ms);
      app1Cpu.push(cpu);
    }
    Object.assign(figures, { publish1000Ms: median(pub1), publish1000CpuMs: median(pub1Cpu), apply1000Ms: median(app1), apply1000CpuMs: median(app1Cpu) });
    log(`1,000 changes: publish ${JSON.stringify(pub1)} ms, apply ${JSON.stringify(app1)} ms`);
    // ------------------------------------------------------------------ 10,000 changes, with Today asked meanwhile
    const app10: number[] = [];
    const app10Cpu: number[] = [];
    let todayCpu = 0;
    let batches10 = 0;
    const pub10: number[] = [];
    const pub10Cpu: number[] = [];
    const todays: number[] = [];
    let calls = 0;
    for (let i = 0; i < runs; i++) {
      edits(a, 10_000, `big ${i}`);
      const [pubMs, , pubCpu] = await time(() => exchangeRound(envOf(a, share, { snapshotEvery: 0 })));
      pub10.push(pubMs);
      pub10Cpu.push(pubCpu);
      let stop = false;
      todayCpu = 0;
      const sampler = (async () => {
        let due = performance.now() + 20;
        while (!stop) {
          await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
          if (stop) break;
          const c0 = process.cpuUsage();
          todaySummary(b.db, BENCH_DATE, 90, 30);
          const used = process.cpuUsage(c0);
          todayCpu += (used.user + used.system) / 1000;
          todays.push(performance.now() - due);
          calls++;
          due = Math.max(due + 20, performance.now());
        }
      })();
      const [ms, r, cpu] = await time(() => exchangeRound(envOf(b, share, { snapshotEvery: 0 })));
      stop = true;
      await sampler;
      if (r.linesApplied !== 10_000) throw new Error(`B applied ${r.linesApplied} lines, not 10,000`);
      app10.push(ms);
      // The Today calls ran in the same process: their CPU is not the apply's.
      app10Cpu.push(Math.round(cpu - todayCpu));
      batches10 = r.batchesApplied;
      log(`10,000 changes: publish ${pubMs} ms, apply ${ms} ms (CPU ${cpu - Math.round(todayCpu)} ms) in ${r.batchesApplied} batches`);
    }
    // Today alone on the same desk, for comparison.
    const alone: number[] = [];
    const aloneCpu: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      const c0 = process.cpuUsage();
      todaySummary(b.db, BENCH_DATE, 90, 30);
      const used = process.cpuUsage(c0);
      alone.push(performance.now() - t);
      aloneCpu.push((used.user + used.system) / 1000);
    }
    Object.assign(figures, { publish10000Ms: median(pub10), publish10000CpuMs: median(pub10Cpu), apply10000Ms: median(app10), apply10000CpuMs: median(app10Cpu), todayDuringApplyP95Ms: pct(todays, 95), todayDuringApplyP50Ms: pct(todays, 50), todayDuringApplyMaxMs: pct(todays, 100), todayCalls: calls, todayAloneP95Ms: pct(alone, 95), todayAloneCpuP95Ms: pct(aloneCpu, 95), batchesOf10000: batches10 });
    a.db.close();
    b.db.close();
  }

  // ------------------------------------------------------------------ a heavy year
  if (!values['no-heavy']) {
    const days = Number(values['heavy-days']);
    const perDay = Number(values['heavy-rounds']);
    const heavy = path.join(root, 'heavy');
    mkdirSync(path.join(heavy, 'devices'), { recursive: true });
    // Each laptop publishes into a folder of its own holding the same exchange.json, so the year's
    // files are laid out as on one share without each laptop applying the nine others' changes
    // (which changes nothing on the share but a few bytes of its head); they are put together at the end.
    const exchangeJson = JSON.stringify({ format: 'asoen-exchange/1', exchangeId: 'b3'.repeat(16) });
    writeFileSync(path.join(heavy, 'exchange.json'), exchangeJson);
    const t0 = performance.now();
    const team: Array<{ l: Laptop; folder: string; items: string[] }> = [];
    for (let i = 0; i < 10; i++) {
      const folder = path.join(root, `heavy-${i}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'exchange.json'), exchangeJson);
      team.push({ l: laptop(`Heavy ${i + 1}`), folder, items: [] });
    }
    const bodyId = team[0]!.l.db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
    let changes = 0;
    let readerRounds = 0;
    let readerBytes = 0;
    let readerMax = 0;
    const headIn = (folder: string): HeadFile | null => {
      const dir = path.join(folder, 'devices');
      const [d] = existsSync(dir) ? readdirSync(dir) : [];
      return d ? (JSON.parse(readFileSync(path.join(dir, d, 'head.json'), 'utf8')) as HeadFile) : null;
    };
    /** The bytes of the files a reader opens for the batches after `from` (a pack holding one is read whole). */
    const catchUpBytes = (head: HeadFile, from: number) => {
      let bytes = 0;
      for (const p of head.packs ?? []) if (p.to > from) bytes += p.bytes;
      for (const b of head.batches) if (b.seq > from) bytes += b.bytes;
      return bytes;
    };
    for (let day = 0; day < days; day++) {
      for (let round = 0; round < perDay; round++) {
        for (const [k, m] of team.entries()) {
          const n = 40 / perDay;
          for (let j = 0; j < n; j++) {
            // The laptop's change of the day (0..39): the same mix of changes whatever the rounds
            // (one in five a new action item); it was the change's place in its round, so one
            // round per change made every change a new item, five times the records of the year.
            const i = round * n + j;
            const at = T0 + day * 86_400_000 + round * 3_600_000 + j * 60_000 + k;
            const ctx = ctxOf(m.l, at);
            m.l.db.transaction(() => {
              if (m.items.length < 20 || i % 5 === 0) {
                const row = repo.actionItems.create(m.l.db, ctx, {
                  title: `Theo dõi kết luận cuộc họp ngày ${day + 1}, mục ${i + 1}`,
                  description: 'Chuẩn bị báo cáo quốc gia về đa dạng sinh học và gửi Ban Thư ký ASEAN trước hạn.',
                  bodyId,
                  dueDate: '2027-06-30',
                  status: 'open',
                  priority: 'normal',
                  supportingAgencyIds: [],
                });
                m.items.push(row.id);
              } else {
                const id = m.items[(day * 7 + i * 13 + round) % m.items.length]!;
                const cur = repo.actionItems.get(m.l.db, id);
                const changesOf = [{ description: `Cập nhật ngày ${day + 1}: đã nhận ý kiến của ${i} đơn vị.` }, { status: cur.status === 'open' ? 'in_progress' : 'open' }, { dueDate: `2027-0${1 + (i % 9)}-1${i % 10}` }];
                repo.actionItems.update(m.l.db, ctx, { id, version: cur.version, changes: changesOf[i % 3]! as never });
              }
            })();
            changes++;
          }
          const before = headIn(m.folder);
          await exchangeRound({ ...envOf(m.l, m.folder), now: () => T0 + day * 86_400_000 + round * 3_600_000, snapshotEvery: 0, packAt: PACK_AT }); // as the desk packs (scheduler.ts)
          // What a reader that had read everything of this laptop before this round reads to catch up.
          const after = headIn(m.folder);
          if (after && after.lastSeq > (before?.lastSeq ?? 0)) {
            const got = catchUpBytes(after, before?.lastSeq ?? 0);
            readerRounds++;
            readerBytes += got;
            readerMax = Math.max(readerMax, got);
          }
        }
      }
      if (day % 50 === 49) log(`heavy year: day ${day + 1}, ${changes} changes`);
    }
    for (const m of team) {
      for (const d of readdirSync(path.join(m.folder, 'devices'))) renameSync(path.join(m.folder, 'devices', d), path.join(heavy, 'devices', d));
      m.l.db.close();
    }
    const yearMs = Math.round(performance.now() - t0);
    const before = shareCount(heavy);
    // A laptop joining at the year's end: it takes every pack, then writes the year's snapshot.
    const o = laptop('Heavy joiner');
    const [joinYearMs, jr, joinYearCpuMs] = await time(() => exchangeRound(envOf(o, heavy)));
    const after = shareCount(heavy);
    o.db.close();
    figures.heavyYear = {
      laptops: 10,
      days,
      changes,
      roundsPerDay: perDay,
      filesBeforeSnapshot: before.files,
      bytesBeforeSnapshot: before.bytes,
      files: after.files,
      bytes: after.bytes,
      packs: after.packs,
      looseBatches: after.batches,
      snapshots: after.snapshots,
      joinFromPacksMs: joinYearMs,
      joinFromPacksCpuMs: joinYearCpuMs,
      joinerLines: jr.linesApplied,
      readerBytesPerRoundMean: readerRounds ? Math.round(readerBytes / readerRounds) : null,
      readerBytesPerRoundMax: readerMax,
      readerBytesYear: readerBytes,
      yearMs,
    };
    log(`heavy year: ${JSON.stringify(figures.heavyYear)}`);
  }
    figures.loadAverage = Math.round(loadavg()[0]! * 10) / 10;
  console.log(JSON.stringify(figures));
} finally {
  rmSync(root, { recursive: true, force: true });
}
