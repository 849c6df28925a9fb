// A job's local folder is removed when the job ends; one left by an app that was closed or
// killed mid-job is removed at the next start, once it is old enough not to be another running
// copy's. Nothing else in the temporary folder is touched.
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PREFIX, sweepStaleTempDirs, withTempDir } from '../../electron/services/files/localTemp';
import { tempDir } from '../helpers/tmp';

describe('the local temporary folders of jobs', () => {
  const root = tempDir('asoen-local-');

  it('are removed when the job ends, whether it succeeded or failed', async () => {
    let kept = '';
    await withTempDir(root, async (dir) => {
      kept = dir;
      writeFileSync(path.join(dir, 'export.docx'), 'x');
    });
    expect(existsSync(kept)).toBe(false);
    await expect(
      withTempDir(root, async (dir) => {
        kept = dir;
        writeFileSync(path.join(dir, 'export.xlsx'), 'x');
        throw new Error('the render failed');
      }),
    ).rejects.toThrow('the render failed');
    expect(existsSync(kept)).toBe(false);
  });

  it('are named after the process that made them', async () => {
    await withTempDir(root, async (dir) => {
      expect(path.basename(dir).startsWith(`${PREFIX}${process.pid}-`)).toBe(true);
    });
  });

  it('left behind by a run that was stopped mid-job are swept at start-up once their process has ended', async () => {
    const make = (name: string) => {
      const dir = path.join(root, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'export.docx'), 'x');
      return dir;
    };
    const ended = make(`${PREFIX}4000001-abc`);
    const running = make(`${PREFIX}4000002-def`);
    const ours = make(`${PREFIX}${process.pid}-ghi`);
    const notOurs = make('someone-else-4000001-old');
    const alive = (pid: number) => pid === 4000002;
    // The machine's clock is no evidence either way: a folder of a running process stays even
    // when it looks a year old, and one of an ended process goes even when it looks new.
    const yearAhead = Date.parse('2027-12-31T00:00:00Z');
    expect(await sweepStaleTempDirs(root, 24 * 3600_000, yearAhead, alive)).toEqual([ended]);
    expect(existsSync(ended)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(ours)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    expect(await sweepStaleTempDirs(path.join(root, 'no-such-folder'))).toEqual([]);
  });

  it('of an older version (no process id in the name) are swept once a day old', async () => {
    const day = 24 * 3600_000;
    const at = Date.parse('2026-11-21T03:00:00Z');
    const legacy = path.join(root, 'legacy');
    mkdirSync(legacy);
    const make = (name: string, ageMs: number) => {
      const dir = path.join(legacy, name);
      mkdirSync(dir);
      const t = (at - ageMs) / 1000;
      utimesSync(dir, t, t);
      return dir;
    };
    const stale = make(`${PREFIX}stale`, 2 * day);
    const fresh = make(`${PREFIX}fresh`, 60_000);
    expect(await sweepStaleTempDirs(legacy, day, at, () => false)).toEqual([stale]);
    expect(existsSync(fresh)).toBe(true);
  });
});
