// The integrity check of the data file (PRAGMA quick_check) runs on a job worker with its own
// connection: it answers at once, the screens keep answering, and it tells a sound file from
// a damaged one in SQLite's own words.
import path from 'node:path';
import type { IntegrityStatusOut } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';
import { damageIndexPage } from '../helpers/damage';
import { tempDir } from '../helpers/tmp';

async function settle(app: TestApp, started: IntegrityStatusOut): Promise<{ status: IntegrityStatusOut; answeredMeanwhile: number }> {
  let status = started;
  let answeredMeanwhile = 0;
  while (status.state === 'running') {
    if (app.raw('today.summary', {}).ok) answeredMeanwhile++;
    await new Promise((r) => setTimeout(r, 5));
    status = app.call('integrity.status', {});
  }
  return { status, answeredMeanwhile };
}

describe('the integrity check', () => {
  const dir = tempDir('asoen-integrity-');
  let app: TestApp | undefined;
  afterEach(() => app?.close());

  it('has not run until asked, then runs off the thread that answers and finds a sound file sound', async () => {
    app = createTestApp({ file: path.join(dir, 'sound.sqlite'), sample: true });
    expect(app.call('integrity.status', {})).toMatchObject({ state: 'never', ok: null, startedAt: null });
    const started = app.call('integrity.check', {});
    expect(started).toMatchObject({ state: 'running', startedAt: '2026-11-21T03:00:00.000Z', ok: null });
    // Asked again while it runs: the same check, not a second one.
    expect(app.call('integrity.check', {}).startedAt).toBe(started.startedAt);
    const { status, answeredMeanwhile } = await settle(app, started);
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(status).toMatchObject({ state: 'done', ok: true, problems: [], error: null, finishedAt: '2026-11-21T03:00:00.000Z' });
    expect(status.ms).toBeGreaterThanOrEqual(0);
  });

  it('reports a damaged file with the problems SQLite found', async () => {
    const file = path.join(dir, 'damaged.sqlite');
    app = createTestApp({ file, sample: true });
    // One page of an index damaged on disk (the worker reads the file).
    damageIndexPage(app.ctx.db, file);
    const { status } = await settle(app, app.call('integrity.check', {}));
    expect(status.state).toBe('done');
    expect(status.ok).toBe(false);
    expect(status.problems.length).toBeGreaterThan(0);
    expect(status.problems.join(' ')).toMatch(/page|index|btree|corrupt/i);
  });
});
