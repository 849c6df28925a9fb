import path from 'node:path';
import { openDatabase, PRAGMAS } from '../../db/open';
import { networkPathReason, localDataDir } from '../../db/paths';
import { AppError } from '../../db/errors';
import { tempDir } from '../helpers/tmp';

describe('database connection settings', () => {
  const dir = tempDir();

  it('opens every database with WAL, synchronous FULL, foreign keys, a busy timeout and untrusted schema', () => {
    const db = openDatabase(path.join(dir, 'p.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
      expect(PRAGMAS.synchronous).toBe(2);
    } finally {
      db.close();
    }
  });

  it('refuses a live database on a UNC network path, with a message in Vietnamese and English', () => {
    for (const p of ['\\\\fileserver\\asean\\asoen-desk.sqlite', '//fileserver/asean/asoen-desk.sqlite']) {
      let caught: unknown;
      try {
        openDatabase(p);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).messages.vi).toContain('ổ mạng');
      expect((caught as AppError).messages.en).toContain('network drive');
    }
    expect(networkPathReason('C:\\Users\\an\\AppData\\Local\\ASOEN Desk\\x.sqlite', 'win32')).toBeNull();
  });

  it('keeps the data in the local, not the roaming, profile on Windows', () => {
    const dirWin = localDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local', APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'C:\\Users\\an');
    expect(dirWin).toBe('C:\\Users\\an\\AppData\\Local\\ASOEN Desk');
    expect(localDataDir('win32', {}, 'C:\\Users\\an')).toBe('C:\\Users\\an\\AppData\\Local\\ASOEN Desk');
    expect(localDataDir('linux', {}, '/home/an')).toBe('/home/an/.local/share/asoen-desk');
    expect(localDataDir('darwin', {}, '/Users/an')).toBe('/Users/an/Library/Application Support/ASOEN Desk');
  });
});
