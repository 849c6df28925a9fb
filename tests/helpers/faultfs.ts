// A file system for the export services that fails on purpose: the N-th call (counting every
// call, file-handle writes, syncs and closes included) throws the given errno, as a full,
// read-only, busy or vanished share would. It can also refuse renames onto a path, as Windows
// does while a colleague has the file open in Excel.
import { realFs, type ExportFs, type FileHandleLike } from '../../electron/services/files/fs';

export const FAULT_CODES = ['ENOSPC', 'EACCES', 'EBUSY', 'EIO'] as const;
export type FaultCode = (typeof FAULT_CODES)[number] | 'EPERM' | 'ENOENT' | 'EROFS' | 'ENOTCONN' | 'ETIMEDOUT';

export interface FaultPlan {
  /** 1-based index of the call that fails; undefined: none. */
  failAt?: number;
  code?: FaultCode;
  /** Renames onto these paths fail with EBUSY every time (the file is held open). */
  heldOpen?: (target: string) => boolean;
  /** The folder has no hard links (a share, FAT): link() answers ENOTSUP. */
  noLinks?: boolean;
  /** Each read of a file this matches first waits this long (a slow share): a long copy to cancel. */
  slowReads?: { ms: number; file: (file: string) => boolean };
}

export interface FaultFsOptions {
  /** Really fsync (default false: the call is counted and can fail, but skips the disk flush, for speed). */
  durable?: boolean;
}

export interface FaultFs extends ExportFs {
  /** Every call made, in order: 'open /x/y', 'write', 'rename a -> b'… */
  readonly calls: string[];
  plan: FaultPlan;
  reset(plan?: FaultPlan): void;
}

export function injected(code: string, op: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${op}`), { code, errno: -1, syscall: op.split(' ')[0] });
}

export function faultFs(base: ExportFs = realFs, initial: FaultPlan = {}, options: FaultFsOptions = {}): FaultFs {
  const calls: string[] = [];
  const self = {
    calls,
    plan: initial,
    reset(plan: FaultPlan = {}) {
      calls.length = 0;
      self.plan = plan;
    },
  } as FaultFs;
  const gate = (op: string) => {
    calls.push(op);
    if (self.plan.failAt === calls.length) throw injected(self.plan.code ?? 'EIO', op);
  };
  const wrapHandle = (h: FileHandleLike, file: string): FileHandleLike => ({
    async write(buf, off, len, pos) {
      gate(`write ${file}`);
      return h.write(buf, off, len, pos);
    },
    async read(buf, off, len, pos) {
      gate(`read ${file}`);
      const slow = self.plan.slowReads;
      if (slow?.file(file)) await new Promise((resolve) => setTimeout(resolve, slow.ms));
      return h.read(buf, off, len, pos);
    },
    async sync() {
      gate(`sync ${file}`);
      if (options.durable) return h.sync();
    },
    async close() {
      // A close that fails has still released the descriptor (POSIX close always does).
      let fault: unknown;
      try {
        gate(`close ${file}`);
      } catch (err) {
        fault = err;
      }
      await h.close();
      if (fault) throw fault;
    },
    ...(h.stat
      ? {
          stat: async () => {
            gate(`fstat ${file}`);
            return h.stat!();
          },
        }
      : {}),
  });
  return Object.assign(self, {
    async open(p: string, flags: string | number, mode?: number) {
      gate(`open ${p}`);
      return wrapHandle(await base.open(p, flags, mode), p);
    },
    async rename(a: string, b: string) {
      gate(`rename ${a} -> ${b}`);
      if (self.plan.heldOpen?.(b)) throw injected('EBUSY', `rename ${b}`);
      return base.rename(a, b);
    },
    async link(a: string, b: string) {
      gate(`link ${a} -> ${b}`);
      if (self.plan.noLinks) throw injected('ENOTSUP', `link ${b}`);
      if (!base.link) throw injected('ENOTSUP', `link ${b}`);
      return base.link(a, b);
    },
    async unlink(p: string) {
      gate(`unlink ${p}`);
      return base.unlink(p);
    },
    async stat(p: string) {
      gate(`stat ${p}`);
      return base.stat(p);
    },
    async readFile(p: string) {
      gate(`readFile ${p}`);
      return base.readFile(p);
    },
    async mkdir(p: string, o: { recursive: true }) {
      gate(`mkdir ${p}`);
      return base.mkdir(p, o);
    },
  });
}
