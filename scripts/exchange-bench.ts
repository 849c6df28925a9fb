// A first measure of the exchange's costs on a generated office (npm run seed:bench):
//   npx tsx scripts/exchange-bench.ts --db FILE
// laptop A (a copy of FILE) publishes its whole history; laptop B (a fresh desk) joins by
// applying it; then A publishes 1,000 new changes and B applies them; then a round with nothing
// new. The last line is one JSON object of the figures (ms).
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../db/bootstrap';
import { repositories as repo } from '../db/repo/repositories';
import { exchangeRound } from '../electron/services/exchange/round';
import { realExchangeFs } from '../electron/services/exchange/share';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) throw new Error('usage: npx tsx scripts/exchange-bench.ts --db FILE');
const root = mkdtempSync(path.join(tmpdir(), 'asoen-exbench-'));
const share = path.join(root, 'share');
const migrationsFolder = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'migrations');
try {
  const fileA = path.join(root, 'a.db');
  copyFileSync(values.db, fileA);
  const a = openAppDatabase(fileA, { migrationsFolder });
  const b = openAppDatabase(path.join(root, 'b.db'), { migrationsFolder });
  const env = (d: typeof a, name: string) => ({ db: d.db, dbFile: d.file, folder: share, fs: realExchangeFs, host: 'bench', now: () => Date.now(), deviceName: name });
  const time = async <T>(f: () => Promise<T>): Promise<[number, T]> => {
    const t = performance.now();
    const r = await f();
    return [Math.round(performance.now() - t), r];
  };
  const [publishHistoryMs, p] = await time(() => exchangeRound(env(a, 'A')));
  const [joinMs, j] = await time(() => exchangeRound(env(b, 'B')));
  const ids = a.db.prepare('SELECT id FROM action_items WHERE deleted_at IS NULL LIMIT 1000').pluck().all() as string[];
  const ctx = { now: new Date().toISOString(), deviceId: a.deviceId };
  a.db.transaction(() => {
    for (const [i, id] of ids.entries()) repo.actionItems.update(a.db, ctx, { id, version: repo.actionItems.get(a.db, id).version, changes: { description: `bench ${i}` } });
  })();
  const [publish1000Ms] = await time(() => exchangeRound(env(a, 'A')));
  const [apply1000Ms, r] = await time(() => exchangeRound(env(b, 'B')));
  const [idleRoundMs] = await time(() => exchangeRound(env(b, 'B')));
  let bytes = 0;
  let files = 0;
  for (const d of readdirSync(path.join(share, 'devices'))) for (const f of readdirSync(path.join(share, 'devices', d))) {
    bytes += statSync(path.join(share, 'devices', d, f)).size;
    files++;
  }
  console.log(JSON.stringify({ historyLines: j.linesApplied, publishHistoryMs, joinMs, publish1000Ms, apply1000Lines: r.linesApplied, apply1000Ms, idleRoundMs, shareBytes: bytes, shareFiles: files, problems: [...p.problems, ...j.problems].length }));
  a.db.close();
  b.db.close();
} finally {
  rmSync(root, { recursive: true, force: true });
}
