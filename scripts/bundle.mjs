// Bundles the CLI into dist/bundle/: one CommonJS file holding every command (each one's code runs only when
// the command does) and the schema validators, which bin/plan compiles through a V8 code cache
// (scripts/code-cache.cjs); and the worker thread entries, as ES modules. The CLI's file name carries a
// hash of its content (cli-<hash>.cjs, named in manifest.json), which keys the code cache. Packages loaded
// only on some paths stay outside: yaml (errors and unusual files), ajv (schema compiling when no
// precompiled validator exists), handlebars (reports and diffs).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/bundle', import.meta.url));
const common = { absWorkingDir: root, outdir, bundle: true, platform: 'node', target: 'node20', external: ['yaml', 'ajv', 'handlebars'], logLevel: 'warning', metafile: true };

/** src/load/precompiled.ts, in the bundle: the validators built by scripts/build-validators.mjs, inside it. */
const precompiledInside = {
  name: 'precompiled-validators',
  setup(builder) {
    builder.onResolve({ filter: /\/precompiled\.js$/ }, () => ({ path: 'precompiled', namespace: 'precompiled-validators' }));
    builder.onLoad({ filter: /.*/, namespace: 'precompiled-validators' }, () => ({
      resolveDir: `${root}/dist/generated`,
      contents: "export function precompiledValidator(name) { return name === 'plan' ? require('./plan.validate.cjs') : require('./config.validate.cjs'); }",
    }));
  },
};

const cli = await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // the sources find their files from import.meta.url; in a CommonJS bundle that is the bundle's own URL
  define: { 'import.meta.url': '__planModuleUrl' },
  banner: { js: "const __planModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precompiledInside],
  // jsonc-parser's main entry is a UMD module that requires its parts at run time; bundle its ES modules
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
});

// the worker thread that searches near-duplicates of a large plan beside the CLI
const workers = await build({
  ...common,
  entryPoints: { 'pairs-worker': 'src/text/pairs-worker.ts' },
  format: 'esm',
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
});

const cliFile = Object.keys(cli.metafile.outputs).map((path) => basename(path)).find((name) => name.endsWith('.cjs'));
writeFileSync(`${outdir}/manifest.json`, `${JSON.stringify({ cli: cliFile }, null, 2)}\n`);

// Once the new bundle is written, remove the files of earlier builds (only then, so that a failed build
// leaves the previous bundle whole), and the code caches that belonged to them.
const written = new Set([...Object.keys(cli.metafile.outputs), ...Object.keys(workers.metafile.outputs)].map((path) => basename(path)));
written.add('manifest.json');
for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(`${outdir}/${name}`, { recursive: true, force: true });

// Warms the code cache with the run that matters most for start-up, validating the bundled plans (bin/plan
// would write it on its first run anyway). Its outcome is not the build's concern: findings exit 1.
spawnSync(process.execPath, [`${root}/bin/plan`, 'validate', '--plans', `${root}/plans`], { cwd: root, stdio: 'ignore', env: { ...process.env, PLAN_CODE_CACHE: 'refresh', NO_COLOR: '1' } });
