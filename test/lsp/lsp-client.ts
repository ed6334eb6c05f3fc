import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { LineIndex } from "../../server/src/core";
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentEdit,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";

export const SERVER = join(__dirname, "..", "..", "dist", "server.js");

interface OpenDocument {
  languageId: string;
  version: number;
  text: string;
}

export interface ClientOptions {
  /** Ask for pull diagnostics (LSP 3.17) instead of published ones. */
  readonly pull?: boolean;
  /** What `workspace/configuration` answers for the `apologyLint` section. */
  settings?: unknown;
}

/**
 * A minimal LSP client over stdio for protocol tests: it keeps the text of open documents,
 * applies the server's edits like an editor does, and lets tests wait on events, never on time.
 */
export class TestClient {
  readonly documents = new Map<string, OpenDocument>();
  readonly messages: string[] = [];
  readonly shownDocuments: string[] = [];
  /** What the server wrote to stderr: shown when a test fails, so a crash explains itself. */
  stderr = "";
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private readonly messageWaiters: Array<{ test: (m: string) => boolean; resolve: (m: string) => void }> = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly options: ClientOptions,
  ) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    child.stderr!.on("data", (chunk: Buffer) => (client.stderr += chunk.toString()));
    client.listen();
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        ...(options.pull && { diagnostic: { dynamicRegistration: false } }),
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } } },
        hover: { contentFormat: ["markdown", "plaintext"] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
      window: { showDocument: { support: true } },
    };
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p);
      for (const w of [...this.waiters]) {
        if (w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    c.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p.message);
      for (const w of [...this.messageWaiters]) {
        if (w.test(p.message)) {
          this.messageWaiters.splice(this.messageWaiters.indexOf(w), 1);
          w.resolve(p.message);
        }
      }
    });
    c.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section === "apologyLint" ? this.options.settings ?? {} : null)));
    c.onRequest(RegistrationRequest.type, () => null);
    c.onRequest("workspace/codeLens/refresh", () => null);
    c.onRequest("workspace/diagnostic/refresh", () => null);
    c.onRequest(ShowDocumentRequest.type, (p) => {
      this.shownDocuments.push(p.uri);
      return { success: true };
    });
    c.onRequest(ApplyWorkspaceEditRequest.type, (p) => ({ applied: this.applyWorkspaceEdit(p.edit) }));
  }

  /** Resolves with the next published diagnostics for `uri` that satisfy `test`. */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => resolve(p.diagnostics) }));
  }

  /** Resolves with the next window message that satisfies `test`. */
  nextMessage(test: (message: string) => boolean): Promise<string> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.messageWaiters.push({ test, resolve }));
  }

  /** Opens a document and returns its published diagnostics for version 1. */
  async open(uri: string, text: string, languageId = "plaintext"): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri, (p) => p.version === 1);
    this.documents.set(uri, { languageId, version: 1, text });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return this.options.pull ? this.pull(uri) : next;
  }

  /** Diagnostics as a pull-mode client asks for them. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    return (report as { items: Diagnostic[] }).items;
  }

  /** Applies edits to the local copy, sends them incrementally, returns the new diagnostics. */
  async edit(uri: string, edits: TextEdit[]): Promise<Diagnostic[]> {
    const doc = this.documents.get(uri)!;
    const version = doc.version + 1;
    const next = this.nextDiagnostics(uri, (p) => p.version === version);
    this.applyLocally(uri, edits);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [...edits].sort((a, b) => compare(b.range.start, a.range.start)).map((e) => ({ range: e.range, text: e.newText })),
    });
    return this.options.pull ? this.pull(uri) : next;
  }

  async changeSettings(settings: unknown): Promise<void> {
    this.options.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.text;
  }

  /** Applies a versioned workspace edit the way an editor does: refused if the version moved on. */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    for (const change of edit.documentChanges ?? []) {
      if (!TextDocumentEdit.is(change)) return false;
      const doc = this.documents.get(change.textDocument.uri);
      if (!doc || (change.textDocument.version !== null && change.textDocument.version !== doc.version)) return false;
      void this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) void this.edit(uri, edits);
    return true;
  }

  /** Applies a code action's edit to its one document and returns the diagnostics that follow. */
  async apply(edit: WorkspaceEdit): Promise<Diagnostic[]> {
    const [change, ...rest] = edit.documentChanges ?? [];
    if (!change || rest.length || !TextDocumentEdit.is(change)) throw new Error(`expected one document edit, got ${JSON.stringify(edit)}`);
    const doc = this.documents.get(change.textDocument.uri)!;
    if (change.textDocument.version !== doc.version) throw new Error(`edit for version ${change.textDocument.version}, document is at ${doc.version}`);
    return this.edit(change.textDocument.uri, change.edits as TextEdit[]);
  }

  private applyLocally(uri: string, edits: TextEdit[]): void {
    const doc = this.documents.get(uri)!;
    let text = doc.text;
    for (const e of [...edits].sort((a, b) => compare(b.range.start, a.range.start))) {
      // The core's LineIndex counts lines as editors do: LF, CRLF and a lone CR.
      const lines = new LineIndex(text);
      text = text.slice(0, lines.offset(e.range.start)) + e.newText + text.slice(lines.offset(e.range.end));
    }
    doc.text = text;
    doc.version++;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest("shutdown").catch(() => undefined);
    await this.connection.sendNotification("exit").catch(() => undefined);
    this.connection.dispose();
    this.process.kill();
  }
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
