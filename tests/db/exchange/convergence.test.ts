import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../helpers/exchangeSimulation';

// The convergence simulation of ../shared/EXCHANGE.md on a few seeds, in every run: three laptops
// (one a year ahead), offline periods, the same fields edited on several, deletes against edits,
// classified delegations with a sentinel text, failing and killed exchanges, truncated and
// bit-flipped files on the share. A failure names its seed: replay it with
// `npm run exchange:sim -- --replicas 3 --steps 300 --seed <seed>`.
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
    }, 20_000);
  }
});
