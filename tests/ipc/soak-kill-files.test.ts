// An export and a backup killed with SIGKILL while the browser mode writes them into a folder
// that already holds the previous one (short form of `npm run soak:kill -- --mode export|backup`):
// the folder then holds the old file or the whole new one (the workbook opens, the backup passes
// quick_check), never a half file, and once the app has run again no temporary file of it.
import { soakFiles } from '../../scripts/soak-kill';

describe('an export or a backup killed while it writes', () => {
  it.each([
    ['the Excel tracker', 'export'],
    ['a backup', 'backup'],
  ] as const)('%s: the old file or the whole new one, and no temporary file after the next start', async (_, mode) => {
    const s = await soakFiles({ mode, iterations: 2, seed: 18 });
    expect(s.kills).toBe(2);
    expect(s.old + s.new).toBe(2);
    expect({ half: s.half, leftoverTemp: s.leftoverTemp }).toEqual({ half: 0, leftoverTemp: 0 });
  }, 60_000);
});
