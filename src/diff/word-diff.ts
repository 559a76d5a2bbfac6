/** A word-level diff, for showing how a text was reworded. */

export interface WordPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Beyond this many cells the table of common subsequences costs more than it shows: the text is shown replaced whole. */
const MAX_CELLS = 1_000_000;

/** The words of `to` against those of `from`, through their longest common subsequence; runs of one kind joined. */
export function wordDiff(from: string, to: string): WordPart[] {
  const a = from.split(/\s+/).filter(Boolean);
  const b = to.split(/\s+/).filter(Boolean);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) return joinRuns([...a.map(deleted), ...b.map(inserted)]);
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'equal', text: a[i++] });
      j++;
    } else if (common[i + 1][j] >= common[i][j + 1]) parts.push(deleted(a[i++]));
    else parts.push(inserted(b[j++]));
  }
  while (i < a.length) parts.push(deleted(a[i++]));
  while (j < b.length) parts.push(inserted(b[j++]));
  return joinRuns(parts);
}

const deleted = (text: string): WordPart => ({ op: 'delete', text });
const inserted = (text: string): WordPart => ({ op: 'insert', text });

/** Deletions before insertions within a changed stretch, so "[-55%-]{+65%+}" reads as one replacement. */
function joinRuns(parts: WordPart[]): WordPart[] {
  const runs: WordPart[] = [];
  let stretch: WordPart[] = [];
  const flush = (): void => {
    for (const op of ['delete', 'insert'] as const) {
      const words = stretch.filter((part) => part.op === op).map((part) => part.text);
      if (words.length > 0) runs.push({ op, text: words.join(' ') });
    }
    stretch = [];
  };
  for (const part of parts) {
    if (part.op !== 'equal') {
      stretch.push(part);
      continue;
    }
    flush();
    const last = runs[runs.length - 1];
    if (last?.op === 'equal') last.text += ` ${part.text}`;
    else runs.push({ ...part });
  }
  flush();
  return runs;
}
