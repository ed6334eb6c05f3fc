import type { ExtensionContext } from "vscode";
import { workspace } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { registerCommands } from "./commands";
import { ScorecardStatus } from "./status-bar";

let client: LanguageClient | undefined;

/** A thin client: it starts the server, shows its scorecard and offers the palette commands. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "apology-letter" },
      { language: "markdown", scheme: "file" },
      { language: "markdown", scheme: "untitled" },
      { language: "plaintext", scheme: "file" },
      { language: "plaintext", scheme: "untitled" },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher("**/.apology-lint.json") },
  };
  client = new LanguageClient("apology-lint", "Apology Lint", serverOptions, clientOptions);
  const status = new ScorecardStatus();
  context.subscriptions.push(status, client.onNotification("apologyLint/scorecard", (p: { uri: string; text: string | null }) => status.update(p.uri, p.text)));
  registerCommands(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
