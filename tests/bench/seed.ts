// npm run seed:bench -- --scale N --out FILE [--seed S] [--mode auto|repository|sql]
// Writes a generated database (db/seed/generator.ts) to FILE. Progress goes to stderr.
import path from 'node:path';
import { DEFAULT_SEED, generateDatabaseFile, type GeneratorMode } from '../../db/seed/generator';
import { MIGRATIONS_DIR } from './paths';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scale = Number(arg('scale') ?? '1');
const out = arg('out');
const seed = Number(arg('seed') ?? DEFAULT_SEED);
const mode = (arg('mode') ?? 'auto') as GeneratorMode | 'auto';
if (!out || !(scale > 0) || !Number.isInteger(seed) || !['auto', 'repository', 'sql'].includes(mode)) {
  console.error('usage: npm run seed:bench -- --scale N --out FILE [--seed S] [--mode auto|repository|sql]');
  process.exit(2);
}

const started = performance.now();
const log = (m: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}\n`);
log(`generating scale ${scale} (seed ${seed}, mode ${mode}) into ${path.resolve(out)}`);
const result = generateDatabaseFile(path.resolve(out), { scale, seed, mode, migrationsFolder: MIGRATIONS_DIR, progress: log });
log(`done: ${result.writes} entity writes in ${(result.ms / 1000).toFixed(1)} s (${result.writesPerSecond} writes/s, mode ${result.mode}), ${(result.bytes / 1e6).toFixed(1)} MB`);
if (result.mode === 'sql') {
  log('mode sql: rows were INSERTed directly instead of through the repositories (see db/seed/generator.ts header):');
  log('  same ids, values, change-log entries and search documents; no reference SELECT/read-back; FTS rebuilt once;');
  log('  big-table indexes dropped during the load and re-created from their saved DDL; journal off during the load.');
}
console.error(JSON.stringify({ file: result.file, scale, seed, mode: result.mode, counts: result.counts, writes: result.writes, ms: result.ms, writesPerSecond: result.writesPerSecond, bytes: result.bytes, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
