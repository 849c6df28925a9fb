// `npm run dist [-- electron-builder options]`: makes an installer that starts. It builds the app,
// puts the Electron build of the database engine in native/electron — downloaded if needed, and
// used only if it matches native/electron-addon.lock.json for the target platform and arch —
// then runs electron-builder (electron-builder.yml), whose afterPack hook checks the packed
// engine again and flips the Electron fuses (scripts/after-pack.mjs). Anything missing or
// different stops it with one sentence, before an installer exists.
//
// One platform and one arch per run (native/electron holds one engine): the host's by default,
// or as given (--linux/--win/--mac, --x64/--arm64/--ia32/--armv7l). Other options go to
// electron-builder unchanged (--dir, -c.<option>=<value>). --skip-build packs the existing
// dist/ and dist-electron/ (the offline packaging test uses it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AddonError, prepareAddon, projectTarget } from './native-addon.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PLATFORMS = { '--linux': 'linux', '-l': 'linux', '--win': 'win32', '-w': 'win32', '--mac': 'darwin', '-m': 'darwin' };
const ARCHES = { '--x64': 'x64', '--arm64': 'arm64', '--ia32': 'ia32', '--armv7l': 'armv7l', '--universal': 'universal' };

class DistError extends Error {}

/** The one platform and arch this run packs for, and what goes to electron-builder. */
export function parseDistArgs(argv, host = { platform: process.platform, arch: process.arch }) {
  const platforms = new Set();
  const arches = new Set();
  const builderArgs = [];
  let skipBuild = false;
  for (const arg of argv) {
    if (arg === '--skip-build') {
      skipBuild = true;
      continue;
    }
    if (PLATFORMS[arg]) platforms.add(PLATFORMS[arg]);
    if (ARCHES[arg]) arches.add(ARCHES[arg]);
    builderArgs.push(arg);
  }
  if (platforms.size > 1 || arches.size > 1) {
    throw new DistError('npm run dist packs one platform and one arch per run (native/electron holds one database engine); run it once for each');
  }
  const platform = [...platforms][0] ?? host.platform;
  const arch = [...arches][0] ?? host.arch;
  if (arch === 'universal') throw new DistError('a universal macOS build is not supported: build x64 and arm64 separately, each with its pinned database engine');
  if (!platforms.size) builderArgs.unshift({ linux: '--linux', win32: '--win', darwin: '--mac' }[platform] ?? `--${platform}`);
  if (!arches.size) builderArgs.push(`--${arch}`);
  return { platform, arch, skipBuild, builderArgs };
}

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

async function main() {
  const { platform, arch, skipBuild, builderArgs } = parseDistArgs(process.argv.slice(2));
  if (!skipBuild) {
    const npm = process.env.npm_execpath;
    const ok = npm ? run(process.execPath, [npm, 'run', 'build']) : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
    if (!ok) throw new DistError('the build failed (see above)');
  }
  for (const built of ['dist/index.html', 'dist-electron/main.cjs', 'dist-electron/jobs-worker.cjs', 'dist-electron/preload.cjs']) {
    if (!existsSync(path.join(root, built))) throw new DistError(`${built} is missing; run \`npm run build\` first`);
  }
  await prepareAddon({ root, target: projectTarget(root, platform, arch) });
  const cli = createRequire(path.join(root, 'package.json')).resolve('electron-builder/cli.js');
  if (!run(process.execPath, [cli, '--config', 'electron-builder.yml', ...builderArgs])) {
    throw new DistError('electron-builder stopped (see above); no installer was made');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (err) {
    const known = err instanceof AddonError || err instanceof DistError;
    process.stderr.write(`npm run dist refused: ${known ? err.message : (err?.message ?? String(err))}.\n`);
    process.exitCode = 1;
  }
}
