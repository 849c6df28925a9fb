// The file-system calls the export services make, as one small interface: the real one is
// node:fs/promises, and tests pass a wrapper that fails the N-th call (tests/helpers/faultfs.ts).
// Only what goes to the user's folders (often a network share) goes through here; the app's
// own local temporary files use node:fs directly.
import * as fsp from 'node:fs/promises';

export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface ExportFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean; size: number }>;
  readFile(path: string): Promise<Buffer>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export const realFs: ExportFs = {
  open: (p, flags, mode) => fsp.open(p, flags, mode),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  stat: (p) => fsp.stat(p),
  readFile: (p) => fsp.readFile(p),
  mkdir: (p, o) => fsp.mkdir(p, o),
};
