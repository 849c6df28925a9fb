import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Fixtures for the pinned database engine (scripts/native-addon.mjs): release-like archives made
// here, and test-only lock files. The project's own lock (native/electron-addon.lock.json) holds
// only digests computed by `npm run native:pin` on a machine with the network.

export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** A gzipped ustar archive of the given files, as better-sqlite3's release archives are. */
export function tarGz(files: Record<string, Buffer | string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, 'utf8');
    header.write('0000644\0', 100, 'latin1');
    header.write('0000000\0', 108, 'latin1');
    header.write('0000000\0', 116, 'latin1');
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    header.write('00000000000\0', 136, 'latin1');
    header.write('        ', 148, 'latin1');
    header.write('0', 156, 'latin1');
    header.write('ustar\u000000', 257, 'latin1');
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

export interface Target {
  betterSqlite3: string;
  electron: string;
  abi: number;
  platform: string;
  arch: string;
}

export const targetKey = (t: Target): string => `better-sqlite3@${t.betterSqlite3} electron@${t.electron} abi${t.abi} ${t.platform}-${t.arch}`;

/** A stand-in addon: any bytes; it carries the registration symbol of the ABI it claims. */
export const fakeAddon = (abi: number, tag = 'stand-in'): Buffer => Buffer.from(`\x7fELF ${tag} node_register_module_v${abi} `, 'latin1');

export function lockWith(entries: { target: Target; archive: Buffer; addon: Buffer }[]): string {
  const lock = {
    about: 'test-only lock',
    entries: Object.fromEntries(
      entries.map(({ target, archive, addon }) => [
        targetKey(target),
        {
          archive: { name: `better-sqlite3-v${target.betterSqlite3}-electron-v${target.abi}-${target.platform}-${target.arch}.tar.gz`, sha256: sha256(archive) },
          addon: { sha256: sha256(addon), bytes: addon.length },
          checked: 'test fixture',
        },
      ]),
    ),
  };
  return `${JSON.stringify(lock, null, 2)}\n`;
}

export function writeLock(root: string, text: string): string {
  const file = path.join(root, 'native', 'electron-addon.lock.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
