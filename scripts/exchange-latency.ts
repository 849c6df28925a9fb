// "Never in the way of typing": how long Today's API takes to answer on a laptop while its desk's
// exchange service applies a large amount of other laptops' changes.
//   npx tsx scripts/exchange-latency.ts [--db FILE] [--changes 10000] [--batches 10] [--main]
// Laptop A (a fresh desk) creates `changes` meetings and publishes them in `batches` rounds;
// laptop B (a copy of FILE, e.g. a scale-1 office from `npm run seed:bench`, or a fresh desk)
// then takes them in through its exchange service (the same code as the app, yielding between
// batches), while a timer asks B's dispatcher for `today.summary` every 25 ms, as a screen would.
// What a request waits is the time it was late (the event loop was busy with a batch) plus the
// time the handler took. Printed: the figures idle and during the apply, and one JSON line.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDesk, type Desk } from '../electron/runtime/desk';
import { realExchangeFs } from '../electron/services/exchange/share';

const { values } = parseArgs({ options: { db: { type: 'string' }, changes: { type: 'string', default: '10000' }, batches: { type: 'string', default: '10' }, main: { type: 'boolean', default: false } } });
const changes = Number(values.changes);
const batches = Number(values.batches);
const root = mkdtempSync(path.join(tmpdir(), 'asoen-exlat-'));
const share = path.join(root, 'share');
mkdirSync(share);
const migrationsFolder = path.join(import.meta.dirname, '..', 'migrations');

function desk(name: string, from?: string): Desk {
  const file = path.join(root, `${name}.db`);
  if (from) copyFileSync(from, file);
  // --main: B's rounds on the main thread (yielding between batches), as with an injected file system.
  const onMain = values.main && name === 'B' ? { exchangeFs: realExchangeFs } : {};
  const d = createDesk({ file, migrationsFolder, appVersion: '0.1.0', log: (m, e) => console.error(m, e), ...onMain });
  d.dispatch('settings.update', { laptopName: name });
  return d;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};
const summary = (xs: number[]) => ({ n: xs.length, p50: +quantile(xs, 0.5).toFixed(1), p95: +quantile(xs, 0.95).toFixed(1), max: +Math.max(0, ...xs).toFixed(1) });

/** Asks today.summary every 25 ms until stopped; each sample is lateness + handler time (ms). */
function probe(d: Desk): { stop: () => number[] } {
  const samples: number[] = [];
  let expected = performance.now() + 25;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const start = performance.now();
    const late = Math.max(0, start - expected);
    const r = d.dispatch('today.summary', {});
    if (!r.ok) throw new Error(r.error.message.en);
    samples.push(late + (performance.now() - start));
    expected = performance.now() + 25;
    timer = setTimeout(tick, 25);
  };
  timer = setTimeout(tick, 25);
  return {
    stop: () => {
      clearTimeout(timer);
      return samples;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

try {
  const a = desk('A');
  const b = desk('B', values.db);
  for (const d of [a, b]) {
    const r = d.dispatch('exchange.setFolder', { folder: share });
    if (!r.ok) throw new Error(r.error.message.en);
    await d.services.exchange.idle();
  }
  const bodies = a.dispatch('bodies.list', { q: 'ASOEN', limit: 5 });
  if (!bodies.ok) throw new Error('no bodies');
  const bodyId = (bodies.value as { items: Array<{ id: string; code: string }> }).items.find((x) => x.code === 'ASOEN')!.id;
  const per = Math.ceil(changes / batches);
  let made = 0;
  for (let k = 0; k < batches; k++) {
    for (let i = 0; i < per && made < changes; i++, made++) {
      const r = a.dispatch('meetings.create', { bodyId, titleVi: `Họp thử ${made}`, titleEn: `Bench meeting ${made}`, startDate: '2027-02-01', endDate: '2027-02-02', city: 'Hà Nội' });
      if (!r.ok) throw new Error(r.error.message.en);
    }
    await a.services.exchange.runNow();
  }
  const idleProbe = probe(b);
  await sleep(1500);
  const idle = idleProbe.stop();

  const during = probe(b);
  const t0 = performance.now();
  await b.services.exchange.runNow();
  const applyMs = performance.now() - t0;
  const busy = during.stop();
  const status = b.services.exchange.status();
  const after = probe(b);
  await sleep(1500);
  const idleAfter = after.stop();

  const out = {
    changes,
    batches,
    office: values.db ? path.basename(values.db) : 'fresh desk',
    roundOn: values.main ? 'main thread' : 'job worker',
    applyMs: Math.round(applyMs),
    linesApplied: status.lastRound?.linesApplied,
    batchesApplied: status.lastRound?.batchesApplied,
    todayIdleBefore: summary(idle),
    todayDuringApply: summary(busy),
    todayIdleAfter: summary(idleAfter),
  };
  console.error(`Apply of ${out.linesApplied} changes in ${out.batchesApplied} batches: ${out.applyMs} ms`);
  console.error(`today.summary wait (ms), idle before: p50 ${out.todayIdleBefore.p50}, p95 ${out.todayIdleBefore.p95}, max ${out.todayIdleBefore.max}`);
  console.error(`today.summary wait (ms), during apply: p50 ${out.todayDuringApply.p50}, p95 ${out.todayDuringApply.p95}, max ${out.todayDuringApply.max} (${out.todayDuringApply.n} requests)`);
  console.error(`today.summary wait (ms), idle after: p50 ${out.todayIdleAfter.p50}, p95 ${out.todayIdleAfter.p95}, max ${out.todayIdleAfter.max}`);
  console.log(JSON.stringify(out));
  await Promise.all([a.stop(), b.stop()]);
} finally {
  rmSync(root, { recursive: true, force: true });
}
