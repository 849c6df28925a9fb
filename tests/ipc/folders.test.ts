import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../electron/contract';
import { checkBackupFile, checkWritableFolder, createExportFolder, probeWrite } from '../../electron/handlers/folders';
import { createTestApp, type TestApp } from '../helpers/app';

// A folder or file an officer types is checked on this computer, and a refusal says what is
// wrong with it, in both languages, instead of "check the connection" later.

function refusal(r: Envelope<unknown>): { vi: string; en: string } {
  expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  return r.ok ? { vi: '', en: '' } : r.error.message;
}

function jobCount(app: TestApp): number {
  return (app.ctx.db.prepare('SELECT count(*) AS n FROM exports').get() as { n: number }).n;
}

describe('folders and files chosen by path', () => {
  let app: TestApp;
  let root: string;
  beforeAll(() => {
    app = createTestApp();
    root = mkdtempSync(path.join(tmpdir(), 'asoen-folders-'));
  });
  afterAll(() => {
    app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses an export folder that does not exist, a file, or a Windows path on this computer, saying which', () => {
    const missing = refusal(app.raw('settings.update', { exportFolder: path.join(root, 'Xuất tệp') }));
    expect(missing.en).toMatch(/does not exist/);
    expect(missing.vi).toMatch(/không tồn tại/);

    const file = path.join(root, 'ghi-chu.txt');
    writeFileSync(file, 'x');
    const plain = refusal(app.raw('settings.update', { exportFolder: file }));
    expect(plain.en).toMatch(/is a file, not a folder/);
    expect(plain.vi).toMatch(/là một tệp, không phải thư mục/);

    for (const windows of ['D:\\ASOEN\\Xuat', '\\\\fileserver\\ASEAN\\Xuất']) {
      const other = refusal(app.raw('settings.update', { exportFolder: windows }));
      expect(other.en).toMatch(/is a Windows path; this computer runs Linux/);
      expect(other.vi).toMatch(/đường dẫn của Windows; máy tính này chạy Linux/);
    }
    expect(app.call('settings.get', {}).exportFolder).toBeNull();

    const exports = path.join(root, 'Xuất');
    mkdirSync(exports);
    expect(app.call('settings.update', { exportFolder: exports }).exportFolder).toBe(exports);
  });

  it('on Windows, refuses a Linux path; a folder the app cannot write in is refused too', () => {
    expect(() => checkWritableFolder('exportFolder', '/mnt/asean', 'win32')).toThrow(/Linux or macOS path; this computer runs Windows/);
    expect(() => checkBackupFile('file', '/mnt/asean/backup.sqlite', 'win32')).toThrow(/this computer runs Windows/);
    expect(() => checkWritableFolder('exportFolder', root, 'linux')).not.toThrow();
  });

  it('gives the reason of each refusal in the answer, so the screen can offer the way out', () => {
    const reasonOf = (r: Envelope<unknown>) => (r.ok ? null : (r.error.details as { field?: string; reason?: string }));
    expect(reasonOf(app.raw('settings.update', { exportFolder: path.join(root, 'chua-co') }))).toEqual({ field: 'exportFolder', reason: 'missing' });
    const file = path.join(root, 'tep.txt');
    writeFileSync(file, 'x');
    expect(reasonOf(app.raw('settings.update', { exportFolder: file }))).toEqual({ field: 'exportFolder', reason: 'notFolder' });
    expect(reasonOf(app.raw('settings.update', { exportFolder: 'D:\\ASOEN' }))).toEqual({ field: 'exportFolder', reason: 'otherSystem' });
    // A folder that takes no file (a read-only share): the probe that creates a file says so.
    expect(() => checkWritableFolder('exportFolder', root, 'linux', () => false)).toThrow(/cannot write in the folder/);
    try {
      checkWritableFolder('exportFolder', root, 'linux', () => false);
    } catch (err) {
      expect((err as { details: unknown }).details).toEqual({ field: 'exportFolder', reason: 'notWritable' });
      expect((err as { messages: { vi: string } }).messages.vi).toMatch(/không có quyền ghi vào thư mục/);
    }
    // The real probe leaves nothing behind.
    expect(probeWrite(root)).toBe(true);
    expect(readdirSync(root).filter((f) => f.startsWith('.~asoen-'))).toEqual([]);
    expect(probeWrite(path.join(root, 'chua-co'))).toBe(false);
  });

  it('creates a missing export folder on request: that one folder only, after the same checks, then saves it', () => {
    const fresh = createTestApp();
    try {
      const wanted = path.join(root, 'Chia sẻ', 'Xuất 2026');
      // Its parent is missing too: nothing is created, and the answer says which folder is missing.
      const parentMissing = fresh.raw('settings.createExportFolder', { exportFolder: wanted });
      expect(refusal(parentMissing).en).toContain(`(${path.join(root, 'Chia sẻ')}) does not exist`);
      expect(parentMissing.ok ? null : parentMissing.error.details).toEqual({ field: 'exportFolder', reason: 'parentMissing' });
      expect(existsSync(path.join(root, 'Chia sẻ'))).toBe(false);

      mkdirSync(path.join(root, 'Chia sẻ'));
      expect(fresh.call('settings.createExportFolder', { exportFolder: wanted }).exportFolder).toBe(wanted);
      expect(statSync(wanted).isDirectory()).toBe(true);
      expect(fresh.call('settings.get', {}).exportFolder).toBe(wanted);
      // Asked again (a colleague made it meanwhile): it is there, and saved.
      expect(fresh.call('settings.createExportFolder', { exportFolder: wanted }).exportFolder).toBe(wanted);

      const file = path.join(root, 'Chia sẻ', 'tep.txt');
      writeFileSync(file, 'x');
      expect(refusal(fresh.raw('settings.createExportFolder', { exportFolder: file })).en).toMatch(/is a file, not a folder/);
      expect(refusal(fresh.raw('settings.createExportFolder', { exportFolder: 'E:\\Xuat' })).en).toMatch(/is a Windows path/);
      expect(refusal(fresh.raw('settings.createExportFolder', { exportFolder: 'tuong-doi/Xuat' })).en).toMatch(/full path/);
      expect(fresh.call('settings.get', {}).exportFolder).toBe(wanted);
      expect(() => createExportFolder('exportFolder', path.join(root, 'Chia sẻ', 'Khong ghi'), 'linux', () => false)).toThrow(/cannot write/);
    } finally {
      fresh.close();
    }
  });

  it('refuses to restore from a folder or a Windows path, before starting anything', () => {
    const before = jobCount(app);
    const folder = refusal(app.raw('backup.restore', { file: root }));
    expect(folder.en).toMatch(/is a folder, not a backup file/);
    expect(folder.vi).toMatch(/là một thư mục, không phải tệp sao lưu/);
    expect(refusal(app.raw('backup.restore', { file: 'E:\\Sao luu\\ASOEN.sqlite' })).en).toMatch(/is a Windows path/);
    expect(jobCount(app)).toBe(before);
  });
});
