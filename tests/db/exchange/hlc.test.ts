import { describe, expect, it } from 'vitest';
import { HybridClock, compareHlc, formatHlc, parseHlc, skewOf } from '../../../common/hlc';

describe('the hybrid logical clock', () => {
  it('gives increasing values even when the wall clock stands still or goes back', () => {
    const c = new HybridClock('a');
    const v1 = c.tick(1000);
    const v2 = c.tick(1000);
    const v3 = c.tick(500);
    expect(compareHlc(v1, v2)).toBe(-1);
    expect(compareHlc(v2, v3)).toBe(-1);
    expect(parseHlc(v3)).toEqual({ wall: 1000, counter: 2, replica: 'a' });
  });

  it('after a value from a laptop a year ahead, gives values after it (display order only)', () => {
    const ahead = new HybridClock('ahead');
    const yearAhead = ahead.tick(1000 + 365 * 86_400_000);
    const mine = new HybridClock('mine');
    mine.receive(yearAhead, 1000);
    expect(compareHlc(mine.tick(1001), yearAhead)).toBe(1);
    expect(skewOf(yearAhead, 1000)).toBe(365 * 86_400_000);
  });

  it('sorts as strings in clock order, and survives a restart from its last value', () => {
    expect(formatHlc({ wall: 9, counter: 0, replica: 'z' }) < formatHlc({ wall: 10, counter: 0, replica: 'a' })).toBe(true);
    const c = new HybridClock('a');
    const last = c.tick(5000);
    const again = new HybridClock('a', last);
    expect(compareHlc(again.tick(10), last)).toBe(1);
    expect(parseHlc('nonsense')).toBeNull();
  });
});
