import { writeFileSync } from 'node:fs';

// A stand-in Electron binary for @electron/fuses: it finds the fuse wire after a sentinel string
// (version byte, length byte, then one state byte per fuse: '0' off, '1' on, 'r' removed).
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's shipped defaults for the eight fuses @electron/fuses 1.8 names (RunAsNode on, cookie
 * encryption off, NODE_OPTIONS on, inspect on, asar integrity off, only-from-asar off, V8 snapshot
 * off, file:// privileges on), plus a ninth fuse this library version does not know.
 */
export const ELECTRON_DEFAULT_WIRE = '10110001' + '1';
/** DESK_FUSES as a wire: the ninth fuse is left as Electron ships it. */
export const DESK_WIRE = '01001100' + '1';

export function fakeElectronBinary(file: string, wire = ELECTRON_DEFAULT_WIRE, head = '#!/bin/sh\nexit 0\n'): void {
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(head), Buffer.from('\0padding\0'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire, 'latin1'), Buffer.from('\0tail\0')]),
    { mode: 0o755 },
  );
}

/** The wire as the binary holds it now. */
export function readWire(bytes: Buffer): string {
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}
