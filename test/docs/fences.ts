/** A fenced code block of a Markdown page, with the attributes of its info string. */
export interface Fence {
  /** 1-based line of the opening fence */
  line: number;
  lang: string;
  /** `file=plans/x.yaml` → file: 'plans/x.yaml'; a bare word such as `whole` → whole: true */
  attrs: Record<string, string | true>;
  body: string;
}

/** Reads the fenced blocks of a page; a longer fence may hold shorter ones (```` around ```). */
export function readFences(markdown: string): Fence[] {
  const lines = markdown.split('\n');
  const fences: Fence[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})(.*)$/.exec(lines[index]);
    if (!open) continue;
    const [lang = '', ...words] = open[2].trim().split(/\s+/).filter(Boolean);
    const attrs: Record<string, string | true> = {};
    for (const word of words) {
      const equals = word.indexOf('=');
      if (equals < 0) attrs[word] = true;
      else attrs[word.slice(0, equals)] = word.slice(equals + 1);
    }
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !isClosing(lines[index], open[1]); index++) body.push(lines[index]);
    fences.push({ line: start + 1, lang, attrs, body: body.length ? `${body.join('\n')}\n` : '' });
  }
  return fences;
}

function isClosing(line: string, opening: string): boolean {
  const match = /^(`{3,})\s*$/.exec(line);
  return match !== null && match[1].length >= opening.length;
}

/** A command of a console block with the output lines shown after it. */
export interface ConsoleCommand {
  command: string;
  exitCode: number;
  expected: string[];
}

/** `$ cmd` lines (a trailing `\` continues them), `# exits N` at the end, then the lines of output shown. */
export function readConsole(body: string): ConsoleCommand[] {
  const commands: ConsoleCommand[] = [];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line.startsWith('$ ')) {
      if (line.trim() && !commands.length) throw new Error(`output before any command: "${line}"`);
      if (line.trim() && line.trim() !== '...') commands[commands.length - 1].expected.push(line.trim());
      continue;
    }
    let command = line.slice(2);
    while (command.endsWith('\\') && index + 1 < lines.length) command = `${command.slice(0, -1)}\n${lines[++index]}`;
    const exits = /#\s*exits\s+(\d+)\s*$/.exec(command);
    commands.push({ command, exitCode: exits ? Number(exits[1]) : 0, expected: [] });
  }
  return commands;
}

/** Collapses runs of white space, so that column padding does not matter. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The expected lines must occur in order, each inside one line of the actual output; returns the first missing one. */
export function firstMissingLine(expected: readonly string[], actual: string): string | undefined {
  const lines = actual.split('\n').map(squeeze);
  let from = 0;
  for (const wanted of expected.map(squeeze)) {
    const found = lines.findIndex((line, index) => index >= from && line.includes(wanted));
    if (found < 0) return wanted;
    from = found + 1;
  }
  return undefined;
}
