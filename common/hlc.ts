// A hybrid logical clock (Kulkarni et al.) for the shared-drive exchange: each laptop's clock value
// is its wall time in milliseconds, a counter and its replica id, written as one string that sorts
// in clock order. It names each write (a write's identity on every laptop) and orders the values of
// a conflict for display. It never decides silently which edit wins: a laptop whose clock is a year
// ahead only makes its values shown first, and is warned about (`skewOf`).
//
// Pure: no clock is read here; the caller passes the wall time. Imports nothing.

export interface Hlc {
  /** Wall time, milliseconds since the epoch. */
  wall: number;
  counter: number;
  replica: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;

/** '000001795000000000.000001.<replica>': sorts as the clock orders (wall, counter, replica). */
export function formatHlc(h: Hlc): string {
  if (!Number.isSafeInteger(h.wall) || h.wall < 0) throw new Error(`not a wall time: ${h.wall}`);
  if (!Number.isSafeInteger(h.counter) || h.counter < 0 || h.counter > MAX_COUNTER) throw new Error(`counter out of range: ${h.counter}`);
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}.${h.counter.toString(36).padStart(COUNTER_DIGITS, '0')}.${h.replica}`;
}

/** The clock value of a string made by formatHlc, or null if it is not one. */
export function parseHlc(s: string): Hlc | null {
  const m = /^(\d{15})\.([0-9a-z]{6})\.(.+)$/.exec(s);
  if (!m) return null;
  return { wall: Number(m[1]), counter: parseInt(m[2]!, 36), replica: m[3]! };
}

/** -1, 0 or 1: the clock order of two values made by formatHlc (their string order). */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One replica's clock: `tick` for each local event, `receive` for each value read from another laptop. */
export class HybridClock {
  private last: Hlc;

  constructor(
    readonly replica: string,
    last?: string | null,
  ) {
    const parsed = last ? parseHlc(last) : null;
    this.last = { wall: parsed?.wall ?? 0, counter: parsed?.counter ?? 0, replica };
  }

  /** The latest value given or seen (to keep beside the database between runs). */
  current(): string {
    return formatHlc(this.last);
  }

  /** A new value for a local event at wall time `now` (ms): greater than every value given or seen. */
  tick(now: number): string {
    const wall = Math.max(this.last.wall, Math.floor(now));
    const counter = wall === this.last.wall ? this.last.counter + 1 : 0;
    this.last = { wall, counter, replica: this.replica };
    return formatHlc(this.last);
  }

  /** Takes in a value read from another laptop, so that the next local value is greater than it. */
  receive(remote: string, now: number): void {
    const r = parseHlc(remote);
    if (!r) return;
    const wall = Math.max(this.last.wall, r.wall, Math.floor(now));
    let counter = 0;
    if (wall === this.last.wall && wall === r.wall) counter = Math.max(this.last.counter, r.counter) + 1;
    else if (wall === this.last.wall) counter = this.last.counter + 1;
    else if (wall === r.wall) counter = r.counter + 1;
    this.last = { wall, counter, replica: this.replica };
  }
}

/** How far (ms) a clock value is ahead of the wall time `now` (negative: behind): a laptop's clock far off is warned about. */
export function skewOf(value: string, now: number): number | null {
  const h = parseHlc(value);
  return h ? h.wall - now : null;
}
