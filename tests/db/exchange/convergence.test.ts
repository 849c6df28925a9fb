import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../helpers/exchangeSimulation';

// The convergence simulation of ../shared/EXCHANGE.md on a few seeds, in every run: three laptops
// (one a year ahead), offline periods, the same fields edited on several, deletes against edits,
// classified delegations with a sentinel text (some lowered, then raised again), unique keys claimed on
// two laptops apart (a body code, the delegation of a meeting, a head), failing and killed
// exchanges (the share gone or full), truncated, bit-flipped and old copies of files on the share, a
// database copied to a new laptop, a laptop restored from its backup, a laptop on a newer version.
// A failure names its seed: replay it with `npm run exchange:sim -- --replicas 3 --steps 300 --seed <seed>`.
describe('the exchange converges and loses nothing', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`seed ${seed}`, async () => {
      const { failures, ...figures } = await runSimulation({ replicas: 3, steps: 300, seed });
      expect(failures, `seed ${seed}`).toEqual([]);
      expect(figures).toMatchObject({ converged: true, lost: 0, classifiedOnShare: 0, integrityOk: true });
      // The schedule did exercise what it claims to.
      expect(figures.writes).toBeGreaterThan(50);
      expect(figures.conflictsShown).toBeGreaterThan(0);
      expect(figures.conflictsResolved).toBeGreaterThan(0);
      expect(figures).toMatchObject({ copies: 1, restores: 1 });
      expect(figures.upgrades).toBeGreaterThan(0);
      expect(figures.newerHeld).toBeGreaterThan(0);
      // Two laptops typed the same key, neither blocked the other, and the duplicates were shown and resolved.
      expect(figures.keyedCreates).toBeGreaterThan(0);
      expect(figures.duplicatesShown).toBeGreaterThan(0);
    }, 20_000);
  }
});
