// The crash test's short form (`npm run soak:kill` runs the long one): the real browser mode,
// killed with SIGKILL (its whole process group) at random moments while several clients write,
// loses no acknowledged write, and its file stays sound with a working search index.
import { soakWrites } from '../../scripts/soak-kill';

describe('the browser mode killed with SIGKILL while clients write (short form of npm run soak:kill)', () => {
  it('keeps every acknowledged write with its value, a sound file and a working search index across kills', async () => {
    const s = await soakWrites({ iterations: 3, seed: 18, clients: 3, maxRunMs: 500 });
    expect(s.iterations).toBe(3);
    expect(s.acknowledged).toBeGreaterThan(0);
    expect({ lost: s.lost, corrupt: s.corrupt }).toEqual({ lost: 0, corrupt: 0 });
  }, 60_000);
});
