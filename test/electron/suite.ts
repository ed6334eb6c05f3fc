import * as assert from "node:assert/strict";
import { commands, extensions, languages, Position, window, workspace, type CodeAction, type Diagnostic, type Uri } from "vscode";

const LETTER = "Dear Sam,\n\nI am so sorry that your order arrived two weeks late.\n\nBest regards,\nAna Lopez\nCustomer Care, Oakridge Home\n";

/** Resolves when `uri` has diagnostics that satisfy `test`: waits on the event, never on time. */
function diagnosticsFor(uri: Uri, test: (d: readonly Diagnostic[]) => boolean): Promise<readonly Diagnostic[]> {
  const now = languages.getDiagnostics(uri);
  if (test(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const listener = languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const current = languages.getDiagnostics(uri);
      if (test(current)) {
        listener.dispose();
        resolve(current);
      }
    });
  });
}

const codes = (d: readonly Diagnostic[]): string[] => d.map((x) => String(typeof x.code === "object" ? x.code.value : x.code));

/** Entry point called by @vscode/test-electron inside VS Code. */
export async function run(): Promise<void> {
  const extension = extensions.getExtension("apology-lint.apology-lint");
  assert.ok(extension, "the extension is installed");

  const document = await workspace.openTextDocument({ language: "apology-letter", content: LETTER });
  await window.showTextDocument(document);
  const found = await diagnosticsFor(document.uri, (d) => codes(d).includes("missing-responsibility"));
  assert.ok(extension.isActive, "the extension activates on an apology letter");
  const missing = found.find((d) => codes([d])[0] === "missing-responsibility")!;
  assert.deepEqual([missing.range.start.line, missing.range.end.character], [0, 9]);

  const actions = await commands.executeCommand<CodeAction[]>("vscode.executeCodeActionProvider", document.uri, missing.range);
  const add = actions.find((a) => a.title.startsWith('Add: "I take full responsibility'));
  assert.ok(add?.edit, "a quick fix adds a sentence that takes responsibility");
  await workspace.applyEdit(add.edit);
  await diagnosticsFor(document.uri, (d) => !codes(d).includes("missing-responsibility"));
  assert.match(document.getText(), /late\. I take full responsibility for /);

  const snippetDoc = await workspace.openTextDocument({ language: "apology-letter", content: "" });
  const editor = await window.showTextDocument(snippetDoc);
  const completions = await commands.executeCommand<{ items: Array<{ label: string | { label: string } }> }>(
    "vscode.executeCompletionItemProvider",
    snippetDoc.uri,
    new Position(0, 0),
  );
  assert.ok(completions.items.some((c) => (typeof c.label === "string" ? c.label : c.label.label) === "apology-billing-error"));
  await commands.executeCommand("editor.action.insertSnippet", { langId: "apology-letter", name: "Apology for a billing error" });
  assert.match(snippetDoc.getText(), /^Hello \[Customer's Name\],\n\nI hope you’re doing well\./);
  assert.equal(snippetDoc.getText(editor.selection), "[Customer's Name]");
}
