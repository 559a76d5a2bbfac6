/**
 * A minimal Language Server Protocol client over stdio, enough to drive the real Red Hat YAML language
 * server the way an editor does: open a document, read its diagnostics, ask for hover and completion.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

export interface CompletionItem {
  label: string;
  kind?: number;
  documentation?: string | { value: string };
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** The settings an editor would send: validation, hover and completion on, no schema downloads. */
const YAML_SETTINGS = { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } };

export class YamlLanguageServer {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters = new Map<string, ((diagnostics: Diagnostic[]) => void)[]>();
  private version = 0;

  constructor() {
    const require = createRequire(import.meta.url);
    const main = path.join(path.dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
    this.server = spawn(process.execPath, [main, '--stdio'], { stdio: 'pipe' });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.resume();
  }

  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } } },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: YAML_SETTINGS } });
  }

  /** Opens a file (or the given text under the file's name) and waits for its diagnostics. */
  async open(file: string, text = readFileSync(file, 'utf8')): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const published = new Promise<Diagnostic[]>((resolve) => this.diagnosticWaiters.set(uri, [...(this.diagnosticWaiters.get(uri) ?? []), resolve]));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++this.version, text } });
    return published;
  }

  close(file: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri: pathToFileURL(file).href } });
  }

  /** The hover text at a 0-based line and character. */
  async hover(file: string, line: number, character: number): Promise<string> {
    const result = (await this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } })) as {
      contents?: string | { value: string } | { value: string }[];
    } | null;
    const contents = result?.contents;
    if (contents === undefined) return '';
    if (typeof contents === 'string') return contents;
    return Array.isArray(contents) ? contents.map((part) => part.value).join('\n') : contents.value;
  }

  async completion(file: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } })) as
      | { items: CompletionItem[] }
      | CompletionItem[]
      | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit', null);
    } finally {
      this.server.kill();
    }
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const answered = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return answered;
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: { id?: number; method?: string; params?: any; result?: unknown; error?: { message: string } }): void {
    if (message.method === undefined && message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      this.diagnosticWaiters.delete(uri);
      for (const resolve of waiters) resolve(diagnostics);
      return;
    }
    if (message.id !== undefined) {
      // a request from the server: the settings it pulls, or a registration to acknowledge
      const result = message.method === 'workspace/configuration' ? (message.params.items as unknown[]).map((_, index) => (index === 0 ? YAML_SETTINGS : {})) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
  }
}

/** The 0-based line and character of the n-th occurrence (from 1) of `text` in a file's text. */
export function positionOf(source: string, text: string, occurrence = 1): { line: number; character: number } {
  let index = -1;
  for (let found = 0; found < occurrence; found++) {
    index = source.indexOf(text, index + 1);
    if (index === -1) throw new Error(`"${text}" occurs fewer than ${occurrence} times`);
  }
  const before = source.slice(0, index);
  const line = before.split('\n').length - 1;
  return { line, character: index - before.lastIndexOf('\n') - 1 };
}
