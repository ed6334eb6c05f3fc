import { commands, SnippetString, window, workspace, type ExtensionContext } from "vscode";
import { ExecuteCommandRequest, type LanguageClient } from "vscode-languageclient/node";
import { readTemplates } from "./templates";

/** The palette commands; what needs the analysis runs on the server, so other editors share it. */
export function registerCommands(context: ExtensionContext, client: LanguageClient): void {
  const runOnServer = (command: string, ...args: unknown[]): Promise<unknown> =>
    client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  const activeUri = (uri?: unknown): string | undefined => (typeof uri === "string" ? uri : window.activeTextEditor?.document.uri.toString());

  context.subscriptions.push(
    commands.registerCommand("apologyLint.newLetter", async () => {
      const templates = readTemplates(context.asAbsolutePath("snippets/apology-letters.json"));
      const picked = await window.showQuickPick(
        templates.map((t) => ({ label: t.description, description: t.prefix, template: t })),
        { title: "New apology letter", placeHolder: "Which situation are you apologizing for?" },
      );
      if (!picked) return;
      const document = await workspace.openTextDocument({ language: "apology-letter", content: "" });
      const editor = await window.showTextDocument(document);
      await editor.insertSnippet(new SnippetString(picked.template.body));
    }),
    commands.registerCommand("apologyLint.showReport", async (uri?: unknown) => {
      const target = activeUri(uri);
      if (!target) return;
      const report = await runOnServer("apology-lint.report", target);
      if (typeof report !== "string") {
        void window.showInformationMessage("Apology Lint: this document is not analyzed as an apology letter.");
        return;
      }
      const document = await workspace.openTextDocument({ language: "markdown", content: report });
      await commands.executeCommand("markdown.showPreview", document.uri);
    }),
    commands.registerCommand("apologyLint.fillSignature", async () => {
      const target = activeUri();
      if (target) await runOnServer("apology-lint.fillSignature", target);
    }),
  );
}
