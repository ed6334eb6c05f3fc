import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { scorecard } from "../core";
import { AnalysisStore, type Analyzed } from "./analysis-store";
import { codeActions, COMMANDS, FIX_ALL_KIND } from "./code-actions";
import { runCommand } from "./commands";
import { toDiagnostic } from "./convert";
import { hover } from "./hover";
import { notify } from "./notify";
import { decideScope, MAX_DOCUMENT_LENGTH } from "./scope";
import { CONFIG_FILE, ConfigFileFinder } from "../files/config-file";
import { resolveSettings, type DocumentSettings } from "./settings";
import { documentSymbols } from "./symbols";

/** Push mode: wait this long after the last keystroke, so a burst of typing is analyzed once. */
const DEBOUNCE_MS = 8;
export const SCORECARD_NOTIFICATION = "apologyLint/scorecard";

/** Wires the analysis core to a connection; every handler is guarded so no input crashes it. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const store = new AnalysisStore();
  const configFiles = new ConfigFileFinder();
  const settingsCache = new Map<string, Promise<DocumentSettings>>();
  const shownProblems = new Set<string>();
  const declined = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let pullDiagnostics = false;
  let canAskConfiguration = false;
  let pushedSettings: unknown;

  const guard = <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        connection.console.error(`apology-lint: ${name} failed: ${(error as Error).stack ?? error}`);
        return fallback;
      }
    };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    canAskConfiguration = caps.workspace?.configuration === true;
    pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pullDiagnostics && { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }),
        codeActionProvider: { codeActionKinds: ["quickfix", FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: "Apology letter" },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: "apology-lint" },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: "apologyLint" }).catch(() => undefined);
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] })
      .catch(() => undefined);
  });

  function settingsFor(uri: string): Promise<DocumentSettings> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = (async () => {
        const editor = canAskConfiguration
          ? await connection.workspace.getConfiguration({ scopeUri: uri, section: "apologyLint" }).catch(() => undefined)
          : pushedSettings;
        const path = filePath(uri);
        const settings = resolveSettings(editor, path ? configFiles.find(dirname(path)) : undefined);
        const fresh = settings.problems.filter((p) => !shownProblems.has(p));
        if (fresh.length) {
          fresh.forEach((p) => shownProblems.add(p));
          notify(connection, "warning", `Apology Lint: ${fresh.join("; ")}. The defaults apply to those parts.`);
        }
        return settings;
      })();
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  async function analyzedFor(document: TextDocument): Promise<Analyzed | undefined> {
    const settings = await settingsFor(document.uri);
    const decision = decideScope(document.uri, document.languageId, document.getText(), settings.scope);
    if (decision === "too-large" && !declined.has(document.uri)) {
      declined.add(document.uri);
      notify(connection, "info", `Apology Lint: this document is longer than ${MAX_DOCUMENT_LENGTH.toLocaleString("en-US")} characters, so it is not analyzed.`);
    }
    return decision === "analyze" ? store.get(document, settings.config) : undefined;
  }

  async function diagnosticsFor(document: TextDocument): Promise<Diagnostic[]> {
    const analyzed = await analyzedFor(document);
    void connection.sendNotification(SCORECARD_NOTIFICATION, {
      uri: document.uri,
      text: analyzed ? scorecard(analyzed.analysis.elements, analyzed.analysis.stats.words) : null,
    });
    if (!analyzed) return [];
    return analyzed.analysis.findings.map((f) => toDiagnostic(f, analyzed.lines, analyzed.version));
  }

  const publish = guard("diagnostics", undefined, async (document: TextDocument) => {
    const diagnostics = await diagnosticsFor(document);
    // A newer version may have arrived while settings were read: its own run will publish.
    if (documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  });

  function schedule(document: TextDocument): void {
    if (pullDiagnostics) return;
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, DEBOUNCE_MS));
  }

  function refreshAll(): void {
    settingsCache.clear();
    store.clear();
    if (pullDiagnostics) void connection.sendRequest("workspace/diagnostic/refresh").catch(() => undefined);
    else documents.all().forEach(schedule);
    void connection.sendRequest("workspace/codeLens/refresh").catch(() => undefined);
  }

  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    store.forget(e.document.uri);
    settingsCache.delete(e.document.uri);
    declined.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    guard("pull diagnostics", { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
      const document = documents.get(params.textDocument.uri);
      const items = document && !token.isCancellationRequested ? await diagnosticsFor(document) : [];
      return { kind: DocumentDiagnosticReportKind.Full, items };
    }),
  );

  const withDocument = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, fn: (analyzed: Analyzed, params: P) => R) =>
    guard(name, fallback, async (params: P) => {
      const document = documents.get(params.textDocument.uri);
      const analyzed = document && (await analyzedFor(document));
      return analyzed ? fn(analyzed, params) : fallback;
    });

  connection.onCodeAction(withDocument("code actions", [], (analyzed, params) => codeActions(params, analyzed)));
  connection.onHover(withDocument("hover", null, (analyzed, params) => hover(analyzed, analyzed.lines.offset(params.position))));
  connection.onDocumentSymbol(withDocument("document symbols", [], (analyzed) => documentSymbols(analyzed)));
  connection.onCodeLens(
    withDocument("code lens", [], (analyzed) => [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: { title: scorecard(analyzed.analysis.elements, analyzed.analysis.stats.words), command: "apologyLint.showReport", arguments: [analyzed.uri] },
      },
    ]),
  );
  connection.onExecuteCommand(
    guard("command", null, async (params) => {
      const uri = typeof params.arguments?.[0] === "string" ? params.arguments[0] : undefined;
      const document = uri ? documents.get(uri) : undefined;
      const analyzed = document && (await analyzedFor(document));
      return runCommand(connection, params.command, params.arguments ?? [], analyzed, { configFiles, onConfigWritten: refreshAll });
    }),
  );

  connection.onDidChangeConfiguration((params) => {
    const settings = (params.settings as { apologyLint?: unknown } | null | undefined)?.apologyLint;
    if (settings !== undefined) pushedSettings = settings;
    refreshAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    configFiles.clear();
    refreshAll();
  });

  documents.listen(connection);
  connection.listen();
}

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
