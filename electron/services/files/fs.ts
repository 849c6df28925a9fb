// The file-system calls the export services make, as one small interface: the real one is
// node:fs/promises, and tests pass a wrapper that fails the N-th call (tests/helpers/faultfs.ts).
// Only what goes to the user's folders (often a network share) goes through here; the app's
// own local temporary files use node:fs directly.
import * as fsp from 'node:fs/promises';

/** What the services ask of a file's status (node's Stats has all of it). */
export interface FileStats {
  size: number;
  /** When the file was last written, as the file system (the share's server) stamped it. */
  mtimeMs?: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
  /** The status of the file this handle has open (a restore checks what it really opened). */
  stat?(): Promise<FileStats>;
}

export interface ExportFs {
  /** `flags` as node:fs takes them ('r', 'wx', or numbers such as O_RDONLY | O_NONBLOCK). */
  open(path: string, flags: string | number, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  /** A hard link (fails with EEXIST if `to` exists); absent where not offered, then names are reserved instead. */
  link?(existing: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Follows links: a link is judged by what it points to. */
  stat(path: string): Promise<FileStats>;
  readFile(path: string): Promise<Buffer>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export const realFs: ExportFs = {
  open: (p, flags, mode) => fsp.open(p, flags, mode),
  rename: (a, b) => fsp.rename(a, b),
  link: (a, b) => fsp.link(a, b),
  unlink: (p) => fsp.unlink(p),
  stat: (p) => fsp.stat(p),
  readFile: (p) => fsp.readFile(p),
  mkdir: (p, o) => fsp.mkdir(p, o),
};
