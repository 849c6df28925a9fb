// Bundles the main process, the job worker and the preload into dist-electron/. Silent on success.
// The sandboxed preload can require only 'electron', so its bundle must hold everything else.
// The main process and the job worker hold every dependency too, better-sqlite3's JavaScript
// included, so that the installer carries no node_modules at all: the one thing loaded from
// outside a bundle is the database engine's native addon, which the app passes as nativeBinding
// (native/electron/better_sqlite3.node, beside the asar). The job worker
// (electron/services/jobs/worker/entry.ts) is a bundle of its own, jobs-worker.cjs beside main.cjs:
// the main process starts it from there (electron/services/worker/pool.ts). import.meta.url is
// given its CommonJS meaning (the bundle's own file), so code can find files beside its bundle.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` writes the bundles elsewhere (the packaging test builds into its own folder).
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 && process.argv[outdirArg + 1] ? path.resolve(process.argv[outdirArg + 1]) : path.join(root, 'dist-electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * archiver-utils 2 (under exceljs' archiver) makes Buffers with the old `new Buffer()`. Under
 * node_modules Node lets that pass; bundled it is not under node_modules any more, and Node
 * writes a DeprecationWarning (DEP0005) to stderr at the first workbook. Its calls are written
 * as Buffer.alloc / Buffer.from, which do the same. (archiver-utils 3, which zip-stream uses,
 * has them so already, but its stream check refuses exceljs' own stream, so archiver keeps 2.)
 * tests/ipc/build-electron.test.ts writes a workbook with the bundle and expects no warning.
 */
const modernBuffers = {
  name: 'archiver-utils-buffers',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]archiver-utils[\\/]index\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('new Buffer(')) return undefined;
      const contents = text.replace(/new Buffer\((0|size)\)/g, 'Buffer.alloc($1)').replace(/new Buffer\(source\)/g, 'Buffer.from(source)');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * better-sqlite3 finds its addon through the 'bindings' package, which searches the folders
 * around the calling file's package: nothing to find beside a bundle. The app always passes
 * nativeBinding (the Electron build); without one (the tests run the bundles under plain Node)
 * the bundle loads the Node build from node_modules, as the unbundled package would.
 */
const NODE_BUILD = 'better-sqlite3/build/Release/better_sqlite3.node';
const addonWithoutBindings = {
  name: 'better-sqlite3-addon',
  setup(b) {
    b.onResolve({ filter: /^bindings$/ }, (args) =>
      args.importer.includes(`${path.sep}better-sqlite3${path.sep}`) ? { path: 'bindings', namespace: 'addon-shim' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'addon-shim' }, () => ({
      contents: `module.exports = () => require(${JSON.stringify(NODE_BUILD)});`,
      loader: 'js',
    }));
  },
};

const node = {
  ...common,
  plugins: [modernBuffers, addonWithoutBindings],
  external: ['electron', NODE_BUILD],
  define: { 'import.meta': '__bundleMeta' },
  banner: { js: "const __bundleMeta = { url: require('node:url').pathToFileURL(__filename).href };" },
};

try {
  await Promise.all([
    build({ ...node, entryPoints: ['electron/main/index.ts'], outfile: path.join(outdir, 'main.cjs') }),
    build({ ...node, entryPoints: ['electron/services/jobs/worker/entry.ts'], outfile: path.join(outdir, 'jobs-worker.cjs') }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outdir, 'preload.cjs'),
      external: ['electron'],
    }),
  ]);
} catch {
  // esbuild has already printed the errors.
  process.exitCode = 1;
}
