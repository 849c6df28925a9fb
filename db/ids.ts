import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** A new id that sorts by creation time (UUIDv7, monotonic within a millisecond). */
export function newId(): string {
  return uuidv7();
}

/**
 * A stable id for reference and sample rows: the same key gives the same id on every laptop,
 * so that two machines seeded separately agree on "ASOEN" when their files are merged. It is
 * laid out as a UUIDv7 whose time is `at`, so it still sorts by (notional) creation time.
 */
export function stableId(key: string, at: Date): string {
  const ms = BigInt(at.getTime());
  const hash = createHash('sha256').update(key).digest();
  const bytes = Buffer.alloc(16);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  hash.copy(bytes, 6, 0, 10);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
