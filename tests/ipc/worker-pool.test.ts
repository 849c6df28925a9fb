import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../electron/services/jobs/worker/pool';
import type { QuickCheckResult } from '../../electron/services/jobs/worker/protocol';

// The job workers' pool: a worker started ahead of the first job, and one kept while the app runs,
// so that a briefing does not wait for a thread and its libraries to start.

const image = () => new Database(':memory:').serialize();
const check = (pool: WorkerPool) => pool.run<QuickCheckResult>({ kind: 'quickCheck' }, { image: image() });

let pool: WorkerPool | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await pool?.close();
  pool = null;
});

describe('the job workers pool', () => {
  it('starts a worker ahead of the first job, and the job runs on it', async () => {
    pool = new WorkerPool();
    expect(pool.size).toBe(0);
    pool.prewarm();
    expect(pool.size).toBe(1);
    pool.prewarm();
    expect(pool.size).toBe(1);
    expect((await check(pool)).ok).toBe(true);
    expect(pool.size).toBe(1);
  });

  it('keeps one idle worker for as long as the app runs, and lets the others go after a minute', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pool = new WorkerPool();
    const results = await Promise.all([check(pool), check(pool)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(pool.size).toBe(2);
    vi.advanceTimersByTime(61_000);
    expect(pool.size).toBe(1);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(pool.size).toBe(1);
    expect((await check(pool)).ok).toBe(true);
    expect(pool.size).toBe(1);
  });
});
