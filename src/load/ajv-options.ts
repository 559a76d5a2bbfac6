import type { Options } from 'ajv';

/**
 * Keywords of the schemas that only editors read (the YAML language server's hover texts, completions and
 * messages). Declared to ajv so that strict mode can reject everything else: a misspelt keyword in a
 * schema (`descripton`, `requried`) fails the build instead of being silently ignored.
 */
export const EDITOR_KEYWORDS = ['errorMessage', 'patternErrorMessage', 'enumDescriptions', 'markdownDescription', 'defaultSnippets'];

/**
 * The one set of ajv options, shared by the build (scripts/build-validators.mjs) and the run-time fallback.
 * Strict about the schema's own keywords; not about type annotations, which the schemas leave to `$ref`s.
 * Strict numbers: YAML's .nan and .inf are no number a plan can hold (they would show as NaN% or Infinity%).
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  strictNumbers: true,
  keywords: EDITOR_KEYWORDS,
};
