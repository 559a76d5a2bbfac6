// Bundles the CLI into dist/bundle/ (one chunk per command, loaded on demand), so that starting `plan`
// reads a handful of files instead of some seventy modules. Packages loaded only on some paths stay
// outside: yaml (errors and unusual files), ajv (schema compiling when no precompiled validator exists),
// handlebars (reports and diffs).
import { readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/bundle', import.meta.url));

const result = await build({
  absWorkingDir: root,
  // the CLI, and the worker thread that searches near-duplicates of a large plan beside it
  entryPoints: { cli: 'src/cli.ts', 'pairs-worker': 'src/text/pairs-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['yaml', 'ajv', 'handlebars'],
  // jsonc-parser's main entry is a UMD module that requires its parts at run time; bundle its ES modules
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // commander and the other CommonJS packages call require(); give the ES module bundle one
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});

// Chunk names carry a content hash: once the new bundle is written, remove the chunks of earlier builds
// (only then, so that a failed build leaves the previous bundle whole).
const written = new Set(Object.keys(result.metafile.outputs).map((path) => basename(path)));
for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(`${outdir}/${name}`, { force: true });
