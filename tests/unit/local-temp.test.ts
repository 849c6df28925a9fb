// A job's local folder is removed when the job ends; one left by an app that was closed or
// killed mid-job is removed at the next start, once it is old enough not to be another running
// copy's. Nothing else in the temporary folder is touched.
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PREFIX, sweepStaleTempDirs, withTempDir } from '../../electron/services/localTemp';
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

  it('left behind by a run that was stopped mid-job are swept at start-up once a day old', async () => {
    const day = 24 * 3600_000;
    const now = Date.now();
    const make = (name: string, ageMs: number) => {
      const dir = path.join(root, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'export.docx'), 'x');
      const t = (now - ageMs) / 1000;
      utimesSync(dir, t, t);
      return dir;
    };
    const stale = make(`${PREFIX}stale`, 2 * day);
    const running = make(`${PREFIX}running`, 60_000);
    const notOurs = make('someone-else-old', 3 * day);
    expect(await sweepStaleTempDirs(root, day, now)).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    expect(await sweepStaleTempDirs(path.join(root, 'no-such-folder'), day, now)).toEqual([]);
  });
});
