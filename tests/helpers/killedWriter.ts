// A process killed in the middle of an export (tests/ipc/temp-sweep.test.ts): it writes a file
// into the folder given as its argument through the app's safe writer, whose second chunk never
// returns (a share that stopped answering), prints "writing" once the first chunk is in the
// temporary file, and waits there to be killed.
import { atomicWrite } from '../../electron/services/files/atomicWrite';
import { realFs, type ExportFs } from '../../electron/services/files/fs';

const folder = process.argv[2]!;
let writes = 0;
const stuck: ExportFs = {
  ...realFs,
  open: async (p, flags, mode) => {
    const h = await realFs.open(p, flags, mode);
    return {
      read: (...a) => h.read(...a),
      sync: () => h.sync(),
      close: () => h.close(),
      write: async (buf, off, len, pos) => {
        if (++writes > 1) {
          process.stdout.write('writing\n');
          return new Promise<never>(() => undefined);
        }
        return h.write(buf, off, len, pos);
      },
    };
  },
};
// 3 MiB: three chunks of the writer.
void atomicWrite(stuck, folder, 'Tracker.xlsx', Buffer.alloc(3 * 1024 * 1024, 1));
// Keeps the process alive while the write hangs.
setInterval(() => undefined, 60_000);
