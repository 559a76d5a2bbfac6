/**
 * `plan validate --cache`: one cycle checked with what earlier runs stored (src/cache/store.ts).
 *
 * Three kinds of result are reused, each keyed by a hash of all it depends on:
 * - a whole cycle's diagnostics: by every part's name and content, the folder's unreadable entries, the
 *   configuration for the cycle and the cycles known beside it. Nothing changed: nothing is parsed or checked.
 * - a part's parse and schema findings: by its content. Another part changed: only that one is parsed, and
 *   every check runs again on the merged plan, so findings across files (duplicates, dangling references,
 *   orphans) are always those of the plan as it now is.
 * - a near-duplicate search: by the texts searched and the threshold. An edit that leaves a kind's texts as
 *   they were (a link, an id elsewhere) does not search that kind again.
 */
import { checkPlanInParallel, configForCycle, type CheckConfig, type NearestCache } from '../core.js';
import type { Outline } from '../load/block-yaml.js';
import { decodeText } from '../load/decode.js';
import { listPlan, loadParts, readPartBytes, type PartSource } from '../load/index.js';
import { parseYamlFile, type ParsedFile } from '../load/parse-yaml.js';
import type { NearestEarlier } from '../text/near-duplicates.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Finding } from '../types/finding.js';
import { hashOf, type PlanCache } from './store.js';

/** A part as stored: what parsing and the schema found, without the file's name (its content is the key). */
interface StoredPart {
  data: unknown;
  outline?: { keys: [string, number][]; items: [string, Int32Array][]; lineCount: number };
  findings: Finding[];
  schemaFindings?: Finding[];
  hasText: boolean;
}

interface StoredCycle {
  diagnostics: Diagnostic[];
  files: string[];
}

export interface CycleChecked extends StoredCycle {
  cycle: string;
}

export async function checkWithCache(dir: string, options: { config: CheckConfig; knownCycles: string[]; cache: PlanCache; cwd?: string }): Promise<CycleChecked> {
  const { cache } = options;
  const listing = listPlan(dir, options.cwd);
  const tag = listing.dir;
  const parts = listing.files.map(({ absolute, shown }) => {
    const bytes = readPartBytes(absolute, shown);
    return { shown, bytes, key: bytes instanceof Uint8Array ? `part:${hashOf(bytes)}` : undefined };
  });
  const config = configForCycle(options.config, listing.cycle);
  const cycleKey = `cycle:${hashOf(JSON.stringify({ config, known: [...options.knownCycles].sort(), dir: listing.shownDir, listing: listing.findings, parts: parts.map(({ shown, bytes, key }) => [shown, key ?? bytes]) }))}`;
  const stored = cache.get<StoredCycle>(cycleKey);
  if (stored) return { ...stored, cycle: listing.cycle };
  const fresh = new Map<ParsedFile, string>();
  const sources: PartSource[] = parts.map(({ shown, bytes, key }) => ({
    shown,
    read: () => {
      if (!(bytes instanceof Uint8Array) || key === undefined) return bytes as Finding;
      const part = cache.get<StoredPart>(key);
      if (part) return restored(shown, bytes, part);
      const parsed = parseYamlFile(shown, bytes);
      fresh.set(parsed, key);
      return parsed;
    },
  }));
  const loaded = loadParts(listing.cycle, sources, { dir: listing.dir, shownDir: listing.shownDir, findings: listing.findings });
  for (const [parsed, key] of fresh) cache.set(key, tag, storedPart(parsed));
  const { diagnostics } = await checkPlanInParallel(loaded, { config: options.config, knownCycles: options.knownCycles, nearestCache: nearestCache(cache, tag) });
  cache.set(cycleKey, tag, { diagnostics, files: loaded.files } satisfies StoredCycle);
  return { diagnostics, files: loaded.files, cycle: listing.cycle };
}

function nearestCache(cache: PlanCache, tag: string): NearestCache {
  // each text with its length before it: no two lists of texts read alike
  const keyOf = (texts: readonly string[], threshold: number) => `nearest:${hashOf(String(threshold), texts.map((text) => `${text.length}:${text}`).join(''))}`;
  return {
    get: (texts, threshold) => cache.get<NearestEarlier>(keyOf(texts, threshold)),
    set: (texts, threshold, nearest) => cache.set(keyOf(texts, threshold), tag, nearest),
  };
}

/** Findings as stored: the file is the part's, the cycle the loader's (the same content may be in several). */
const anonymous = (findings: Finding[]): Finding[] => findings.map(({ file: _file, cycle: _cycle, ...rest }) => rest as Finding);
const named = (findings: Finding[], file: string): Finding[] => findings.map((finding) => ({ ...finding, file }));

function storedPart(parsed: ParsedFile): StoredPart {
  const { outline } = parsed;
  return {
    data: parsed.data,
    outline: outline && { keys: [...outline.keys], items: [...outline.items], lineCount: outline.lineCount },
    findings: anonymous(parsed.findings),
    schemaFindings: parsed.schemaFindings && anonymous(parsed.schemaFindings),
    hasText: parsed.text !== undefined,
  };
}

function restored(file: string, bytes: Uint8Array, part: StoredPart): ParsedFile {
  const outline: Outline | undefined = part.outline && { keys: new Map(part.outline.keys), items: new Map(part.outline.items), lineCount: part.outline.lineCount };
  return {
    file,
    text: part.hasText ? decodeText(bytes).text : undefined,
    data: part.data,
    outline,
    findings: named(part.findings, file),
    schemaFindings: part.schemaFindings && named(part.schemaFindings, file),
  };
}
