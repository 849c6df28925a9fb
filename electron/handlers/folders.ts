// What the server checks of a folder or file path an officer chose, beyond its shape
// (common/paths.ts): that it is a path of this computer's kind, exists, is a folder (or a file)
// and, for a folder the app writes in, is writable. Each refusal says what is wrong, in both
// languages, so the officer can fix the path rather than "check the connection".
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../db/errors';
import { notAnOrdinaryFile } from '../services/backup/source';

/** Why a folder was refused, for the screen to offer the way out (create a missing folder). */
export type FolderProblem = 'otherSystem' | 'missing' | 'notFolder' | 'notWritable' | 'parentMissing';

const WINDOWS_PATH = /^([A-Za-z]:[\\/]|\\\\)/;
const SYSTEM_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

function refuse(field: string, vi: string, en: string, reason?: FolderProblem): AppError {
  return new AppError('VALIDATION', { vi, en }, reason ? { field, reason } : { field });
}

/** A path written for another kind of computer (D:\… or \\server\… on Linux, /mnt/… on Windows). */
function checkKind(field: string, value: string, platform: NodeJS.Platform): void {
  const system = SYSTEM_NAMES[platform] ?? platform;
  if (platform !== 'win32' && WINDOWS_PATH.test(value)) {
    throw refuse(
      field,
      `Đường dẫn ${value} là đường dẫn của Windows; máy tính này chạy ${system}. Hãy chọn một thư mục của máy này (ví dụ /mnt/…).`,
      `${value} is a Windows path; this computer runs ${system}. Choose a folder of this computer (for example /mnt/…).`,
      'otherSystem',
    );
  }
  if (platform === 'win32' && value.startsWith('/')) {
    throw refuse(
      field,
      `Đường dẫn ${value} là đường dẫn của Linux hoặc macOS; máy tính này chạy Windows. Hãy chọn ổ đĩa hoặc thư mục chia sẻ, ví dụ D:\\ASEAN.`,
      `${value} is a Linux or macOS path; this computer runs Windows. Choose a drive or a share, for example D:\\ASEAN.`,
      'otherSystem',
    );
  }
}

function statOf(value: string): fs.Stats | null {
  try {
    return fs.statSync(value);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw err;
  }
}

/**
 * Whether the app can create a file in the folder: by creating (exclusively) and removing a
 * small file, the only test a share answers truthfully (access() does not see a share's ACLs,
 * and says yes to root everywhere).
 */
export type WriteProbe = (folder: string) => boolean;

export const probeWrite: WriteProbe = (folder) => {
  const file = path.join(folder, `.~asoen-check-${randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.closeSync(fs.openSync(file, 'wx'));
  } catch {
    return false;
  }
  try {
    fs.unlinkSync(file);
  } catch {
    // Created but not removable: the folder takes files all the same.
  }
  return true;
};

const notWritable = (field: string, folder: string) =>
  refuse(
    field,
    `Ứng dụng không có quyền ghi vào thư mục ${folder}. Hãy chọn thư mục khác hoặc nhờ quản trị mạng cấp quyền ghi.`,
    `The app cannot write in the folder ${folder}. Choose another folder or ask your network administrator for write access.`,
    'notWritable',
  );

/** Refuses, with a message naming the fault (and its reason in the details), a folder the app cannot write its files in. */
export function checkWritableFolder(field: string, folder: string, platform: NodeJS.Platform = process.platform, probe: WriteProbe = probeWrite): void {
  checkKind(field, folder, platform);
  const stat = statOf(folder);
  if (!stat) {
    throw refuse(field, `Thư mục ${folder} không tồn tại. Hãy tạo thư mục hoặc chọn thư mục khác.`, `The folder ${folder} does not exist. Create it or choose another folder.`, 'missing');
  }
  if (!stat.isDirectory()) {
    throw refuse(field, `${folder} là một tệp, không phải thư mục. Hãy chọn thư mục chứa nó.`, `${folder} is a file, not a folder. Choose the folder that holds it.`, 'notFolder');
  }
  if (!probe(folder)) throw notWritable(field, folder);
}

/**
 * Creates the one folder `folder` (not its parents: a mistyped drive or share must not grow a
 * tree of folders), after the same checks: a path of this computer's kind, not there yet, in a
 * folder that exists. Then checks it as any export folder.
 */
export function createExportFolder(field: string, folder: string, platform: NodeJS.Platform = process.platform, probe: WriteProbe = probeWrite): void {
  checkKind(field, folder, platform);
  const stat = statOf(folder);
  if (stat) {
    if (!stat.isDirectory()) throw refuse(field, `${folder} là một tệp, không phải thư mục. Hãy chọn thư mục chứa nó.`, `${folder} is a file, not a folder. Choose the folder that holds it.`, 'notFolder');
    // Already there (a colleague made it meanwhile): nothing to create.
  } else {
    const parent = path.dirname(folder);
    const parentStat = statOf(parent);
    if (!parentStat || !parentStat.isDirectory()) {
      throw refuse(
        field,
        `Không tạo được ${folder} vì thư mục chứa nó (${parent}) không tồn tại. Hãy kiểm tra lại đường dẫn.`,
        `${folder} cannot be created because the folder that would hold it (${parent}) does not exist. Check the path.`,
        'parentMissing',
      );
    }
    try {
      fs.mkdirSync(folder);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw notWritable(field, parent);
      if (code !== 'EEXIST') throw err;
    }
  }
  checkWritableFolder(field, folder, platform, probe);
}

/**
 * Refuses, with a message naming the fault, a backup file given as a path of another kind of
 * computer, or as anything but an ordinary file: a folder, a device (/dev/zero), a pipe, or a
 * link to one of those (stat follows links, and never opens or reads what it looks at). A file
 * that is not there is left to the restore job, which answers NOT_FOUND ("the file … was not
 * found") as it always has; the job checks the file again, and its content, before copying it.
 */
export function checkBackupFile(field: string, file: string, platform: NodeJS.Platform = process.platform): void {
  checkKind(field, file, platform);
  const stat = statOf(file);
  const refusal = stat && notAnOrdinaryFile(file, stat, { field });
  if (refusal) throw refusal;
}
