// The app's temporary files in an export folder after a run was killed mid-write: the next
// export to that folder, or the next start of the desk, removes them; a file another live
// process is writing, and anything not named like the app's own, stay.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDesk } from '../../electron/runtime/desk';
import { atomicWrite } from '../../electron/services/files/atomicWrite';
import { realFs } from '../../electron/services/files/fs';
import { claimTempFile, HOST_TAG, releaseTempFile, staleTemp } from '../../electron/services/files/tempFiles';
import { MIGRATIONS, testClock, testWorkers } from '../helpers/app';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

const root = tempDir('asoen-sweep-');
const temps = (folder: string) => readdirSync(folder).filter((f) => f.startsWith('.~asoen-'));
let n = 0;
const freshFolder = () => {
  const folder = path.join(root, `share-${++n}`);
  mkdirSync(folder);
  return folder;
};

/** A process stuck in the middle of writing into `folder` (its temporary file made and part-written). */
async function writerStuckIn(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests', 'helpers', 'killedWriter.ts'), folder], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('writing')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the writer ended (${code})`)));
  });
  return child;
}

async function killed(child: ChildProcess): Promise<void> {
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}

/** A folder holding what an export killed mid-write leaves: the old file and a half-written temporary file. */
async function folderAfterKill(): Promise<string> {
  const folder = freshFolder();
  writeFileSync(path.join(folder, 'Tracker.xlsx'), 'the previous tracker');
  await killed(await writerStuckIn(folder));
  expect(temps(folder)).toHaveLength(1);
  return folder;
}

describe('temporary files left by a run that was killed mid-write', () => {
  it('are removed by the next export to that folder, which leaves the old file and writes its own', async () => {
    const folder = await folderAfterKill();
    await atomicWrite(realFs, folder, 'Meetings.csv', Buffer.from('a,b\n'));
    expect(temps(folder)).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(['Meetings.csv', 'Tracker.xlsx']);
  });

  it('are removed when the desk starts, in its export folder', async () => {
    const folder = await folderAfterKill();
    const dataDir = path.join(root, `data-${++n}`);
    const desk = createDesk({ file: path.join(dataDir, 'desk.sqlite'), migrationsFolder: MIGRATIONS, appVersion: 'test', clock: testClock, workers: testWorkers });
    try {
      expect(desk.dispatch('settings.update', { exportFolder: folder }).ok).toBe(true);
      desk.startBackground();
      await vi.waitFor(() => expect(temps(folder)).toEqual([]), { timeout: 10_000, interval: 50 });
      expect(readdirSync(folder)).toEqual(['Tracker.xlsx']);
    } finally {
      await desk.stop();
    }
  });

  it('leave alone a file another running process is writing, and every file not named like the app’s own', async () => {
    const folder = freshFolder();
    const others = ['.~asoen-notes.txt', 'draft.tmp', '.~lock.Tracker.xlsx#', `.~asoen-${HOST_TAG}-1-zzzz.tmp`];
    for (const name of others) writeFileSync(path.join(folder, name), 'not ours');
    const child = await writerStuckIn(folder);
    try {
      const writing = temps(folder).filter((f) => !others.includes(f));
      expect(writing).toHaveLength(1);
      await atomicWrite(realFs, folder, 'Meetings.csv', Buffer.from('a,b\n'));
      expect(existsSync(path.join(folder, writing[0]!))).toBe(true);
      for (const name of others) expect(existsSync(path.join(folder, name))).toBe(true);
    } finally {
      await killed(child);
    }
  });
});

describe('which temporary files a sweep takes', () => {
  const DAY = 24 * 3600_000;
  const now = Date.parse('2026-11-21T03:00:00Z');
  const folder = '/share';
  const name = (host: string, pid: number) => `.~asoen-${host}-${pid}-0123456789ab.tmp`;

  it('another computer’s only once not written to for a day (no one can ask that computer)', () => {
    const f = name('00000000', 42);
    expect(staleTemp(f, path.join(folder, f), now - DAY + 60_000, { now, host: 'ffffffff' })).toBe(false);
    expect(staleTemp(f, path.join(folder, f), now - DAY - 60_000, { now, host: 'ffffffff' })).toBe(true);
  });

  it('one of an earlier version (no owner in its name) only once a day old', () => {
    const f = '.~asoen-0123456789ab.tmp';
    expect(staleTemp(f, path.join(folder, f), now - 60_000, { now })).toBe(false);
    expect(staleTemp(f, path.join(folder, f), now - DAY - 60_000, { now })).toBe(true);
  });

  it('this computer’s: once its process has ended; this process’s own only when it is not writing it and it is older than the process', () => {
    const other = name(HOST_TAG, 4242);
    expect(staleTemp(other, path.join(folder, other), now, { now, alive: () => true })).toBe(false);
    expect(staleTemp(other, path.join(folder, other), now, { now, alive: () => false })).toBe(true);
    const mine = claimTempFile(folder);
    const own = path.basename(mine);
    expect(staleTemp(own, mine, now - DAY, { now, startedAt: now })).toBe(false);
    releaseTempFile(mine);
    expect(staleTemp(own, mine, now - DAY, { now, startedAt: now })).toBe(true);
    expect(staleTemp(own, mine, now + 1000, { now, startedAt: now })).toBe(false);
  });
});
