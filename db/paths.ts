import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { AppError } from './errors';

export const APP_FOLDER = 'ASOEN Desk';
export const DATABASE_FILE = 'asoen-desk.sqlite';

type Env = Record<string, string | undefined>;

/**
 * The per-user *local* data folder. On Windows that is %LOCALAPPDATA%, never the roaming
 * profile (%APPDATA%), which domain-joined laptops often redirect to a file server.
 */
export function localDataDir(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA ?? path.win32.join(env.USERPROFILE ?? home, 'AppData', 'Local');
    return path.win32.join(base, APP_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  const base = env.XDG_DATA_HOME && path.posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.posix.join(home, '.local', 'share');
  return path.posix.join(base, 'asoen-desk');
}

const NETWORK_FS = new Set(['cifs', 'smb3', 'smbfs', 'nfs', 'nfs4', 'fuse.sshfs', 'afpfs', 'ncpfs', '9p', 'davfs', 'fuse.davfs2']);

/** Linux mount table entries: [mount point, fs type], longest mount point first. */
function linuxMounts(): Array<[string, string]> {
  try {
    const rows = readFileSync('/proc/mounts', 'utf8').split('\n');
    return rows
      .map((r) => r.split(' '))
      .filter((c) => c.length >= 3)
      .map((c) => [c[1]!.replace(/\\040/g, ' '), c[2]!] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
  } catch {
    return [];
  }
}

/**
 * Why a path must not hold the live database, or null if it may. SQLite's locking is unreliable
 * over SMB and WAL does not work there: the live file stays on a local disk, and shared drives
 * receive only finished exports.
 */
export function networkPathReason(p: string, platform: NodeJS.Platform = process.platform): string | null {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(p)) return 'unc';
  if (platform === 'linux') {
    const abs = path.resolve(p);
    for (const [mount, type] of linuxMounts()) {
      if (abs === mount || abs.startsWith(mount.endsWith('/') ? mount : `${mount}/`)) {
        return NETWORK_FS.has(type) ? `network-filesystem:${type}` : null;
      }
    }
  }
  return null;
}

/** Throws a clear, bilingual AppError if `p` is on a network share. Check the path as the user gave it. */
export function assertLocalPath(p: string): void {
  const reason = networkPathReason(p);
  if (!reason) return;
  throw new AppError(
    'VALIDATION',
    {
      vi: `Không thể mở cơ sở dữ liệu trên ổ mạng (${p}). Dữ liệu làm việc phải nằm trên ổ đĩa của máy này; ổ mạng chỉ dùng để lưu các tệp xuất và bản sao lưu.`,
      en: `The database cannot be opened on a network drive (${p}). The working data must live on this computer's own disk; shared drives are for exports and backups only.`,
    },
    { reason },
  );
}

export function defaultDatabasePath(): string {
  return path.join(localDataDir(), DATABASE_FILE);
}

export function fileExists(p: string): boolean {
  return existsSync(p);
}
