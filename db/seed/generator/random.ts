// The generator's one seeded stream of choices (mulberry32), and ids and dates made from it.


export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rand {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  weighted<T>(weights: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of weights) total += w;
    let x = this.next() * total;
    for (const [v, w] of weights) {
      x -= w;
      if (x < 0) return v;
    }
    return weights[weights.length - 1]![0];
  }
}

// ------------------------------------------------------------------ ids and dates

export const hex = (v: number, len: number) => v.toString(16).padStart(len, '0');

export const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A deterministic UUIDv7: 48 bits of notional creation time, then a kind tag, a salt from the
 * seed and a counter, so ids sort by creation time and never repeat within a generated file.
 */
export function makeId(ms: number, tag: number, n: number, salt: number): string {
  const t = hex(ms, 12);
  const a = 0x7000 | ((tag & 0xf) << 8) | (salt & 0xff);
  const b = 0x8000 | ((salt >>> 8) & 0x3fff);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${hex(a, 4)}-${hex(b, 4)}-${hex(n, 12)}`;
}

export const DAY = 86_400_000;

export const dateMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const plusDays = (d: string, n: number) => isoDay(dateMs(d) + n * DAY);

export const yearOf = (d: string) => Number(d.slice(0, 4));

// ------------------------------------------------------------------ vocabulary
