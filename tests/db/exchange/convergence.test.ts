import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../helpers/exchangeSimulation';

// The convergence simulation of ../shared/EXCHANGE.md on a few seeds, in every run: three laptops
// (one a year ahead), offline periods, the same fields edited on several, deletes against edits,
// classified delegations with a sentinel text (some lowered, then raised again), unique keys claimed on
// two laptops apart (a body code, the delegation of a meeting, a head), a new laptop joining, failing and killed
// exchanges (the share gone or full), truncated, bit-flipped and old copies of files on the share, a
// database copied to a new laptop, a laptop restored from its backup, a laptop on a newer version.
// With packs on, every laptop packs its batches once three are loose (the desk packs at PACK_AT):
// seed 1 so left a damaged pack unrepaired that a laptop restored from its backup had to read.
// Seeds 1–4 run without packs (--pack-at 0). A failure names its seed: replay it with
// `npm run exchange:sim -- --replicas 3 --steps 300 --seed <seed> --pack-at <0 or 3>`.
describe('the exchange converges and loses nothing', () => {
  const runs: Array<{ seed: number; packAt: number }> = [{ seed: 1, packAt: 0 }, { seed: 2, packAt: 0 }, { seed: 3, packAt: 0 }, { seed: 4, packAt: 0 }, { seed: 1, packAt: 3 }, { seed: 5, packAt: 3 }];
  for (const { seed, packAt } of runs) {
    it(`seed ${seed}${packAt ? `, packs on (every ${packAt} batches)` : ''}`, async () => {
      const { failures, ...figures } = await runSimulation({ replicas: 3, steps: 300, seed, packAt });
      expect(failures, `seed ${seed} --pack-at ${packAt}`).toEqual([]);
      expect(figures).toMatchObject({ converged: true, lost: 0, classifiedOnShare: 0, integrityOk: true });
      // The schedule did exercise what it claims to.
      expect(figures.writes).toBeGreaterThan(50);
      expect(figures.conflictsShown).toBeGreaterThan(0);
      expect(figures.conflictsResolved).toBeGreaterThan(0);
      expect(figures).toMatchObject({ copies: 1, restores: 1, joins: 1 });
      expect(figures.upgrades).toBeGreaterThan(0);
      expect(figures.newerHeld).toBeGreaterThan(0);
      // Two laptops typed the same key, neither blocked the other, and the duplicates were shown and resolved.
      expect(figures.keyedCreates).toBeGreaterThan(0);
      expect(figures.duplicatesShown).toBeGreaterThan(0);
      if (packAt) expect(figures.packed).toBeGreaterThan(5);
      else expect(figures.packed).toBe(0);
    }, 20_000);
  }
});
