/**
 * "Did you mean ...?": the nearest of the names or ids that were expected, for a misspelt key, enum
 * value, id, rule, cycle or Sector name.
 */

/** Three rows of the edit-distance table, reused from call to call (ids are checked by the hundred thousand). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edit distance counting an insertion, deletion, substitution or swap of two neighbours as one edit. With
 * `bound`, a distance above it is given as `bound + 1`, and the work ends as soon as that is certain:
 * lengths that differ by more than the bound, or two rows of the table past it.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [twoBack, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, twoBack[j - 2] + 1);
      current[j] = cell;
      if (cell < least) least = cell;
    }
    // a swap reaches two rows back, so a row past the bound ends the work only when the one before it is too
    if (least > bound && i > 1 && previousLeast > bound) return bound + 1;
    previousLeast = least;
    const spare = twoBack;
    twoBack = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length], bound + 1);
}

/** Edits a misspelling may have and still be recognised: one in a short word, about one in three in a long one. */
function tolerance(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/**
 * The expected name closest to `word` (letter case ignored first), or undefined when none is close
 * enough to be a likely misspelling. Ties go to the name listed first.
 */
export function closestName(word: string, names: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const sameLetters = names.find((name) => name.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best !== undefined && bestDistance <= tolerance(word) ? best : undefined;
}

/**
 * The existing ids nearest to a wrong one (at most `limit`). Ids are numbered, so edits alone tie often
 * ("R.1-8" is one edit from every "R.1-n"): ties go to the id sharing the longest start, then to the one
 * whose last number is closest ("R.1-7"). Nothing when every id is far off.
 */
export function closestIds(id: string, ids: Iterable<string>, limit = 1): string[] {
  const lastNumber = (text: string): number | undefined => {
    const match = /(\d+)\D*$/.exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const wanted = lastNumber(id);
  const lower = id.toLowerCase();
  const bound = tolerance(id) + 1;
  const scored: { candidate: string; order: number; distance: number; prefix: number; gap: number }[] = [];
  const seen = new Set<string>();
  let order = 0;
  // most ids are far off: the bounded distance rejects them after a row or two, before anything is made for them
  for (const candidate of ids) {
    const distance = editDistance(lower, candidate.toLowerCase(), bound);
    order++;
    if (distance > bound || distance >= Math.max(id.length, candidate.length)) continue;
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const number = lastNumber(candidate);
    const gap = wanted === undefined || number === undefined ? Infinity : Math.abs(wanted - number);
    scored.push({ candidate, order, distance, prefix: commonPrefix(id, candidate), gap });
  }
  scored.sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || a.gap - b.gap || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
