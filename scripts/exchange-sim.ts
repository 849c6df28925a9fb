// The convergence simulation of the shared-drive exchange as a command:
//   npm run exchange:sim -- --replicas 5 --steps 20000 --seed 7 [--pack-at 3]
// (--pack-at N: each laptop packs its batches once N are loose; by default at the desk's PACK_AT, as
// the app does; --pack-at 0: no packs.)
// Prints what went wrong (if anything) and, as its last line, one JSON object of the figures.
// A failing run prints its seed (replay it with the same arguments) and exits with 1.
import { parseArgs } from 'node:util';
import { runSimulation } from '../tests/helpers/exchangeSimulation';

const { values } = parseArgs({
  options: { replicas: { type: 'string', default: '3' }, steps: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false }, 'pack-at': { type: 'string' } },
});
const options = { replicas: Number(values.replicas), steps: Number(values.steps), seed: Number(values.seed), keep: values.keep, ...(values['pack-at'] ? { packAt: Number(values['pack-at']) } : {}) };
const { failures, ...figures } = await runSimulation(options);
const ok = figures.converged && figures.lost === 0 && figures.classifiedOnShare === 0 && figures.integrityOk;
for (const f of failures) console.error(f);
if (!ok) console.error(`exchange simulation FAILED with seed ${options.seed} (replay: npm run exchange:sim -- --replicas ${options.replicas} --steps ${options.steps} --seed ${options.seed}${options.packAt !== undefined ? ` --pack-at ${options.packAt}` : ''})`);
console.log(JSON.stringify(figures));
process.exitCode = ok ? 0 : 1;
