/**
 * The goals of issues 7 and 15, judged on the measured values. Each judgement is {text, verdict} with verdict
 * 'met', 'missed' or 'unknown' (not measured, or a killed run whose bound does not settle it).
 */
export const GIB_KB = 1024 * 1024;

export const judge = (text, isMet) => ({ text, verdict: isMet === undefined ? 'unknown' : isMet ? 'met' : 'missed' });

/** Time of a cell, or a lower bound for a run killed at the time limit: {ms, isLowerBound} or undefined. */
export function timeOf(cell, timeoutMs) {
  if (!cell) return undefined;
  if (cell.status === 'ok') return { ms: cell.ms, isLowerBound: false };
  if (cell.status === 'timeout') return { ms: timeoutMs, isLowerBound: true };
  return undefined;
}

export function memoryGoal(cell) {
  if (!cell || cell.status === 'missing') return judge('< 1 GiB', undefined);
  if (cell.rssKb >= GIB_KB) return judge('< 1 GiB', false);
  return judge('< 1 GiB', cell.isRssExact ? true : undefined);
}

/** `limit` in ms: the command must finish under it. */
export function timeGoal(text, cell, timeoutMs, limitMs) {
  const time = timeOf(cell, timeoutMs);
  if (!time) return judge(text, cell?.status === 'memory' ? false : undefined);
  if (time.isLowerBound) return judge(text, time.ms >= limitMs ? false : undefined);
  return judge(text, time.ms < limitMs);
}

/**
 * Growth from L to XL. The issue asks for at most 12× the time for 10× the data; the sizes the issue names
 * (L = 100× the real plan, XL = about 10,000 objectives and 100,000 results) differ by less than 10×, so the
 * bound is scaled to the measured data ratio: at most 1.2× the growth of the data (in bytes).
 */
export function growth(lCell, xlCell, dataRatio, timeoutMs) {
  const bound = 1.2 * dataRatio;
  const [l, xl] = [timeOf(lCell, timeoutMs), timeOf(xlCell, timeoutMs)];
  const text = `≤ ${bound.toFixed(1)}× L`;
  if (!l || !xl || l.isLowerBound) return { ratio: undefined, goal: judge(text, xlCell?.status === 'memory' ? false : undefined) };
  const ratio = xl.ms / l.ms;
  if (xl.isLowerBound) return { ratio, isLowerBound: true, goal: judge(text, ratio > bound ? false : undefined) };
  return { ratio, isLowerBound: false, goal: judge(text, ratio <= bound) };
}

/** `plan validate` against the peer at one size: ratio < 1 is faster. */
export function peerRatio(validateCell, ajvCell, timeoutMs) {
  const [plan, peer] = [timeOf(validateCell, timeoutMs), timeOf(ajvCell, timeoutMs)];
  if (!plan || !peer || peer.isLowerBound) return { ratio: undefined, goal: judge('< 1× ajv-cli', undefined) };
  const ratio = plan.ms / peer.ms;
  if (plan.isLowerBound) return { ratio, isLowerBound: true, goal: judge('< 1× ajv-cli', ratio >= 1 ? false : undefined) };
  return { ratio, isLowerBound: false, goal: judge('< 1× ajv-cli', ratio < 1) };
}

/** `plan validate` on the bundled plans against the `node -e 0` floor. */
export function floorRatio(bundledCell, floorCell) {
  if (bundledCell?.status !== 'ok' || floorCell?.status !== 'ok') return { ratio: undefined, goal: judge('≤ 2× floor', undefined) };
  const ratio = bundledCell.ms / floorCell.ms;
  return { ratio, goal: judge('≤ 2× floor', ratio <= 2) };
}

export function plantedGoal(findings) {
  if (!findings) return judge('all planted found', undefined);
  return judge('all planted found', findings.missed.length === 0);
}
