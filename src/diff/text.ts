import { cosine, isAscii, normalise, tokens, type TermVector } from '../text/similarity.js';

/**
 * Abbreviations and set phrases the plans use beside another wording of the same group (2016-2019 says
 * "LDCs" and "developing countries", 2020-2023 "least developed countries" and "the developing world");
 * rewritten before comparing so that both wordings share their words.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bLDCs?\b/g, 'least developed countries'],
  [/\bLLDCs?\b/g, 'landlocked developing countries'],
  [/\bSIDS\b/g, 'small island developing states'],
  [/\bdeveloping world\b/gi, 'developing countries'],
];

/**
 * The text of an item as the matcher compares it: abbreviations spelt out and numbers dropped, because
 * figures and years are what a new cycle changes by design (55% by 2020 becomes 65% by 2023) and are
 * compared as numbers instead; they say nothing about which item is which.
 */
export function matchText(text: string): string {
  let expanded = text;
  if (MAY_ABBREVIATE.test(text)) for (const [pattern, replacement] of ABBREVIATIONS) expanded = expanded.replace(pattern, replacement);
  return DIGIT.test(expanded) ? expanded.replace(/\d+(?:[.,]\d+)*/g, ' ') : expanded;
}

/** Whether a text can hold one of the ABBREVIATIONS (most do not: the replacements are then skipped). */
const MAY_ABBREVIATE = /LDC|SIDS|world/i;
const DIGIT = /\d/;

/** The texts of one side of a comparison: an item, or several items taken together (a split's parts). */
export interface TextSide {
  /** the short label: a name or title (for targets and results, their text) */
  label: TermVector;
  /** the label with its statement or measure scope */
  core: TermVector;
  /** everything, descriptions included */
  full: TermVector;
  /** normalised core text, to recognise identical texts that have no words left (only figures) */
  exact: string;
}

/** An item's texts; equal texts share one vector (a result's label, core and full text are one text). */
export function textSide(label: string, core: string, full: string): TextSide {
  const coreVector = wordVector(core);
  const labelVector = label === core ? coreVector : wordVector(label);
  const fullVector = full === core ? coreVector : wordVector(full);
  return { label: labelVector, core: coreVector, full: fullVector, exact: exactText(core) };
}

/** An item's text as compared for equality: `normalise` of the shared tokeniser. */
export function exactText(text: string): string {
  return normalise(text);
}

/**
 * Derivational endings stripped on top of the shared tokeniser's plural stem, because a new cycle rewords
 * rather than repeats: "covered" becomes "coverage", "affordable" "affordability", "inclusion" "inclusive".
 * "-ing" is kept on purpose: "developing" and "developed" countries are different groups.
 */
const ENDINGS = ['ability', 'ibility', 'ivity', 'ation', 'ition', 'ment', 'ness', 'able', 'ible', 'ive', 'ion', 'age', 'ity', 'ed'];
const MIN_STEM = 4;

export function wordStem(token: string): string {
  let word = token;
  for (let pass = 0; pass < 2; pass++) {
    const ending = ENDINGS.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= MIN_STEM);
    if (!ending) break;
    word = word.slice(0, -ending.length);
  }
  return word;
}

/** The word counts of a text as the matcher compares them. */
export function wordVector(text: string): TermVector {
  const vector: TermVector = new Map();
  for (const stem of wordStems(text)) vector.set(stem, (vector.get(stem) ?? 0) + 1);
  return vector;
}

/** The words of a text as the matcher compares them, in order: abbreviations spelt out, no numbers, no stop words, stemmed. */
export function wordStems(text: string): string[] {
  const prepared = matchText(text);
  // Plain ASCII (nearly every plan text) is split here and each word looked up once per run: the shared
  // tokeniser treats words one by one, so the result is the same (a test pins it on the bundled plans).
  return isAscii(prepared) ? asciiStems(prepared) : tokens(prepared).map(wordStem);
}

/** The reference: the shared tokeniser on the whole text, then the derivational stem. */
export function wordVectorReference(text: string): TermVector {
  const vector: TermVector = new Map();
  for (const token of tokens(matchText(text))) {
    const stem = wordStem(token);
    vector.set(stem, (vector.get(stem) ?? 0) + 1);
  }
  return vector;
}

/** word (lower case) -> its stem, or null for a stop word; cleared when it grows past a bound */
const stemCache = new Map<string, string | null>();
const STEM_CACHE_LIMIT = 200_000;

/** For ASCII, `normalise` is lower case with every run of characters other than a-z and 0-9 as one space. */
function asciiStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word === '') continue;
    let stem = stemCache.get(word);
    if (stem === undefined) {
      const [token] = tokens(word);
      stem = token === undefined ? null : wordStem(token);
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(word, stem);
    }
    if (stem !== null) stems.push(stem);
  }
  return stems;
}

/** Several items read as one, to ask whether two parts together cover one item better than either alone. */
export function unionSide(sides: TextSide[]): TextSide {
  const add = (vectors: TermVector[]): TermVector => {
    const sum: TermVector = new Map();
    for (const vector of vectors) for (const [token, count] of vector) sum.set(token, (sum.get(token) ?? 0) + count);
    return sum;
  };
  return {
    label: add(sides.map((side) => side.label)),
    core: add(sides.map((side) => side.core)),
    full: add(sides.map((side) => side.full)),
    exact: sides.map((side) => side.exact).join(' '),
  };
}

/** Weight of a shared label alone: names are short, so one shared word is strong but not full evidence. */
export const LABEL_WEIGHT = 0.8;

/**
 * Text similarity of two sides in [0, 1]: the best of the label, the core text and the full text. The best
 * rather than an average, because the plans word the same item at different lengths: one cycle gives a
 * goal a name and a one-line statement, the next adds a paragraph of description.
 */
export function textScore(a: TextSide, b: TextSide): number {
  if (a.exact !== '' && a.exact === b.exact) return 1;
  // The cosine of two texts with the same words can come out a hair above 1 (√3 · √3 < 3): capped, so that
  // such a pair never outranks an identical text with the same id.
  return Math.min(1, Math.max(cosine(a.core, b.core), cosine(a.full, b.full), LABEL_WEIGHT * cosine(a.label, b.label)));
}
