// What a folder or file path typed by an officer must look like, checked the same way by the
// screens (as the officer types) and by the server (which refuses anything else): a full path,
// that is a drive (D:\ASOEN), a Windows share (\\server\share\…) or a POSIX root (/mnt/…).

export type PathProblem = 'required' | 'tooLong' | 'notAbsolute' | 'invalidChars';

export const MAX_PATH_LENGTH = 1000;

const FULL_PATH = /^([A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+|\/)/;

/** Whether `value` is a full path (a drive, a UNC share or a POSIX root). */
export function isFullPath(value: string): boolean {
  return FULL_PATH.test(value.trim());
}

/** What is wrong with a typed path, or null. Characters Windows refuses are refused too. */
export function pathProblem(value: string): PathProblem | null {
  const p = value.trim();
  if (p === '') return 'required';
  if (p.length > MAX_PATH_LENGTH) return 'tooLong';
  if (!FULL_PATH.test(p)) return 'notAbsolute';
  // ':' is allowed only after the drive letter.
  if (/[<>"|?*]/.test(p) || p.slice(2).includes(':')) return 'invalidChars';
  return null;
}
