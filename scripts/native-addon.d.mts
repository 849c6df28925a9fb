// Types for scripts/native-addon.mjs (plain Node, used by the scripts and by the tests).
export interface AddonTarget {
  betterSqlite3: string;
  electron: string;
  abi: number;
  platform: string;
  arch: string;
}
export interface LockEntry {
  url?: string;
  archive: { name?: string; sha256: string };
  addon: { sha256: string; bytes?: number };
  checked?: string;
}
export interface Lock {
  about?: string;
  entries: Record<string, LockEntry>;
}
export const LOCK_FILE: string;
export const ADDON_FILE: string;
export class AddonError extends Error {}
export function sha256(bytes: Buffer | string): string;
export function targetKey(t: AddonTarget): string;
export function projectTarget(root: string, platform?: string, arch?: string): AddonTarget;
export function archiveName(t: AddonTarget): string;
export function archiveUrl(t: AddonTarget, env?: Record<string, string | undefined>): string;
export function readLock(lockFile: string): Lock;
export function pinnedEntry(lock: Lock, target: AddonTarget): LockEntry;
export function verifyAddonBytes(bytes: Buffer, entry: LockEntry, label: string): void;
export function verifyAddonFile(file: string, entry: LockEntry, label?: string): void;
export function verifyArchiveBytes(bytes: Buffer, entry: LockEntry, label: string): void;
export function extractAddon(archive: Buffer, label?: string): Buffer;
export function addonAbi(bytes: Buffer): number | null;
export function download(url: string, options?: { timeoutMs?: number }): Promise<Buffer>;
export function prepareAddon(options: {
  root: string;
  target: AddonTarget;
  lockFile?: string;
  fetchArchive?: (url: string) => Promise<Buffer>;
  env?: Record<string, string | undefined>;
}): Promise<{ file: string; entry: LockEntry; downloaded: boolean }>;
