import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../electron/contract';
import { checkBackupFile, checkWritableFolder } from '../../electron/handlers/folders';
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

  it('refuses to restore from a folder or a Windows path, before starting anything', () => {
    const before = jobCount(app);
    const folder = refusal(app.raw('backup.restore', { file: root }));
    expect(folder.en).toMatch(/is a folder, not a backup file/);
    expect(folder.vi).toMatch(/là một thư mục, không phải tệp sao lưu/);
    expect(refusal(app.raw('backup.restore', { file: 'E:\\Sao luu\\ASOEN.sqlite' })).en).toMatch(/is a Windows path/);
    expect(jobCount(app)).toBe(before);
  });
});
