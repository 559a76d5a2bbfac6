/**
 * Writes a plan model as a cycle folder the way its owners would split it: plan.yaml for the framework, one
 * file per Sector, and several files per Sector (itu-d-01.yaml, ...) once a Sector's part passes 1 MiB, so
 * that no file comes near the 2 MB the brief allows (nor the loader's 20 MiB limit).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentText, itemLines } from './yaml-writer.mjs';

const HEADER = ['# yaml-language-server: $schema=../../schemas/plan.schema.json'];
const CHUNK_BYTES = 1024 * 1024;

const objectiveFields = ({ outcomes, outputs, ...fields }) => fields;
const lines = (items) => {
  const out = [];
  for (const item of items) itemLines(item, 2, out);
  return out;
};

/** The Sector's objectives in chunks of at most CHUNK_BYTES of YAML, each with its results and enablers. */
function sectorChunks(sector) {
  const chunks = [];
  let chunk = { objectives: [], outcomes: [], outputs: [], enablers: [], bytes: 0 };
  const enablersByObjective = new Map();
  for (const enabler of sector.enablers) {
    const first = enabler.supports[0];
    enablersByObjective.set(first, [...(enablersByObjective.get(first) ?? []), enabler]);
  }
  for (const objective of sector.objectives) {
    const block = {
      objectives: lines([objectiveFields(objective)]),
      outcomes: lines(objective.outcomes),
      outputs: lines(objective.outputs),
      enablers: lines(enablersByObjective.get(objective.id) ?? []),
    };
    const bytes = Object.values(block).reduce((sum, part) => sum + part.reduce((total, line) => total + line.length + 1, 0), 0);
    if (chunk.bytes > 0 && chunk.bytes + bytes > CHUNK_BYTES) {
      chunks.push(chunk);
      chunk = { objectives: [], outcomes: [], outputs: [], enablers: [], bytes: 0 };
    }
    for (const key of Object.keys(block)) chunk[key].push(...block[key]);
    chunk.bytes += bytes;
  }
  chunk.outcomes.push(...lines(sector.strayOutcomes));
  chunk.outputs.push(...lines(sector.strayOutputs));
  chunks.push(chunk);
  return chunks;
}

function chunkText(comment, chunk) {
  const out = [...HEADER, comment];
  for (const key of ['objectives', 'outcomes', 'outputs', 'enablers']) {
    if (chunk[key].length > 0) out.push(`${key}:`, ...chunk[key]);
  }
  return `${out.join('\n')}\n`;
}

const fileName = (base, index, count) => (count === 1 ? `${base}.yaml` : `${base}-${String(index + 1).padStart(2, '0')}.yaml`);

/** Items as YAML list lines, in chunks of at most CHUNK_BYTES. */
function listChunks(items) {
  const chunks = [[]];
  let bytes = 0;
  for (const item of items) {
    const itemText = lines([item]);
    const size = itemText.reduce((total, line) => total + line.length + 1, 0);
    if (bytes > 0 && bytes + size > CHUNK_BYTES) chunks.push([]), (bytes = 0);
    chunks.at(-1).push(...itemText);
    bytes += size;
  }
  return chunks;
}

/** Writes the cycle folder `dir` and returns the paths written and their total size in bytes. */
export function writeCycle(plan, dir) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  const write = (name, content) => {
    writeFileSync(join(dir, name), content);
    files.push({ path: join(dir, name), bytes: Buffer.byteLength(content) });
  };
  const { sectors, generalEnablers, goals, targets, risks, ...framework } = plan;
  // The framework lists stay in plan.yaml, as in the real plan, unless they would make it too large.
  const lists = { goals: listChunks(goals), targets: listChunks(targets), risks: listChunks(risks) };
  const isSmall = Object.values(lists).every((chunks) => chunks.length === 1) && Object.values(lists).flat(2).join('\n').length < CHUNK_BYTES;
  const frameworkText = documentText(HEADER, framework);
  if (isSmall) write('plan.yaml', frameworkText + Object.entries(lists).map(([key, [chunk]]) => `${key}:\n${chunk.join('\n')}\n`).join(''));
  else {
    write('plan.yaml', frameworkText);
    for (const [key, chunks] of Object.entries(lists)) chunks.forEach((chunk, index) => write(fileName(key, index, chunks.length), `${[...HEADER, `${key}:`, ...chunk].join('\n')}\n`));
  }
  for (const sector of sectors) {
    const chunks = sectorChunks(sector);
    chunks.forEach((chunk, index) => write(fileName(sector.file, index, chunks.length), chunkText(`# ${sector.name}: objectives, outcomes, outputs and enablers`, chunk)));
  }
  const generalChunks = listChunks(generalEnablers);
  generalChunks.forEach((chunk, index) =>
    write(fileName('general-secretariat', index, generalChunks.length), `${[...HEADER, '# General Secretariat enablers', 'enablers:', ...chunk].join('\n')}\n`),
  );
  return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}
