import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts', 'start-electron.mjs');

function run(cwd: string, script = SCRIPT) {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [script], { cwd, env, encoding: 'utf8', timeout: 20_000 });
}

function expectOneClearLine(stderr: string) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('npm run web');
  expect(stderr).not.toMatch(/^\s*at /m);
}

describe('scripts/start-electron.mjs', () => {
  it('on this machine (no Electron runtime): one sentence pointing to `npm run web`, exit code 1', () => {
    const result = run(REPO);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr);
    expect(result.stdout).toBe('');
  });

  describe('in a project laid out like this one', () => {
    let root: string;
    let electronDir: string;

    beforeEach(() => {
      root = mkdtempSync(path.join(tmpdir(), 'asoen-start-'));
      mkdirSync(path.join(root, 'scripts'));
      copyFileSync(SCRIPT, path.join(root, 'scripts', 'start-electron.mjs'));
      writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'x', main: 'dist-electron/main.cjs' }));
      mkdirSync(path.join(root, 'dist-electron'));
      writeFileSync(path.join(root, 'dist-electron', 'main.cjs'), '');
      electronDir = path.join(root, 'node_modules', 'electron');
      mkdirSync(electronDir, { recursive: true });
      writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
      // Requiring this would mean the script triggered the package's download logic.
      writeFileSync(path.join(electronDir, 'index.js'), "throw new Error('download attempted');");
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const start = () => run(root, path.join(root, 'scripts', 'start-electron.mjs'));

    it('refuses the same way when path.txt names a binary that is missing', () => {
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
    });

    it.runIf(process.platform !== 'win32')('refuses in one sentence when the database engine cannot be prepared for Electron', () => {
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
      const binary = path.join(electronDir, 'dist', 'electron');
      writeFileSync(binary, '#!/bin/sh\nexit 0\n');
      chmodSync(binary, 0o755);
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
      expect(result.stderr).toContain('database engine');
      rmSync(path.join(electronDir, 'dist'), { recursive: true, force: true });
    });

    it.runIf(process.platform !== 'win32')('runs the binary with the project root and passes its exit code on', () => {
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      mkdirSync(path.join(electronDir, 'dist'));
      const binary = path.join(electronDir, 'dist', 'electron');
      writeFileSync(binary, `#!/bin/sh\nprintf '%s' "$1" > "${path.join(root, 'args.txt')}"\nexit 7\n`);
      chmodSync(binary, 0o755);
      // The database engine built for Electron's ABI is in place.
      mkdirSync(path.join(root, 'native', 'electron'), { recursive: true });
      writeFileSync(path.join(root, 'native', 'electron', 'better_sqlite3.node'), '');
      const result = start();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(7);
      expect(readFileSync(path.join(root, 'args.txt'), 'utf8')).toBe(root);
    });
  });
});
