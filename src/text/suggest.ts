/**
 * "Did you mean ...?": the nearest of the names or ids that were expected, for a misspelt key, enum
 * value, id, rule, cycle or Sector name.
 */

/** Edit distance counting an insertion, deletion, substitution or swap of two neighbours as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
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
export function closestIds(id: string, ids: readonly string[], limit = 1): string[] {
  const lastNumber = (text: string): number | undefined => {
    const match = /(\d+)\D*$/.exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const wanted = lastNumber(id);
  const scored = [...new Set(ids)]
    .map((candidate, order) => {
      const number = lastNumber(candidate);
      return {
        candidate,
        order,
        distance: editDistance(id.toLowerCase(), candidate.toLowerCase()),
        prefix: commonPrefix(id, candidate),
        gap: wanted === undefined || number === undefined ? Infinity : Math.abs(wanted - number),
      };
    })
    .filter((entry) => entry.distance <= tolerance(id) + 1 && entry.distance < Math.max(id.length, entry.candidate.length));
  scored.sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || a.gap - b.gap || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
