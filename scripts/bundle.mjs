// Bundles the CLI into dist/bundle/ (one chunk per command, loaded on demand), so that starting `plan`
// reads a handful of files instead of some seventy modules. Packages loaded only on some paths stay
// outside: yaml (errors and unusual files), ajv (schema compiling when no precompiled validator exists),
// handlebars (reports and diffs).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// chunk names carry a content hash: start empty so that chunks of earlier builds do not pile up
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['yaml', 'ajv', 'handlebars'],
  // commander and the other CommonJS packages call require(); give the ES module bundle one
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
