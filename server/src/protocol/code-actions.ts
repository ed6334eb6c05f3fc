import { CodeAction, CodeActionKind, Command, type CodeActionParams, type Diagnostic } from "vscode-languageserver";
import { RULE_IDS } from "../core";
import type { Analyzed } from "./analysis-store";
import { documentEdit, isDiagnosticData, quickFix, SOURCE } from "./convert";
import { fixAllEdit } from "./fix-all";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

export const COMMANDS = {
  fixAll: "apology-lint.fixAll",
  disableRule: "apology-lint.disableRule",
  learn: "apology-lint.learn",
  report: "apology-lint.report",
  fillSignature: "apology-lint.fillSignature",
} as const;

/** Quick fixes from each diagnostic's own fix data, then disable / learn, then fix-all. */
export function codeActions(params: CodeActionParams, analyzed: Analyzed): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;

  if (wants(CodeActionKind.QuickFix)) {
    // Some clients (Neovim 0.7) drop `source` when they hand diagnostics back; the code tells.
    const ours = params.context.diagnostics.filter((d) => (d.source === SOURCE || d.source === undefined) && typeof d.code === "string" && RULE_IDS.has(d.code));
    for (const diagnostic of ours) actions.push(...fixesOf(uri, diagnostic, analyzed.version));
    for (const code of new Set(ours.map((d) => d.code as string))) {
      const diagnostics = ours.filter((d) => d.code === code);
      actions.push(commandAction(`Disable ${code} for this document`, COMMANDS.disableRule, [uri, code], diagnostics));
      actions.push(commandAction(`Learn about ${code}`, COMMANDS.learn, [code], diagnostics));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edit = fixAllEdit(analyzed);
    if (edit) {
      const action = CodeAction.create("Fix all Apology Lint problems", documentEdit(uri, analyzed.version, [edit]), FIX_ALL_KIND);
      actions.push(action);
    }
  }
  return actions;
}

function fixesOf(uri: string, diagnostic: Diagnostic, version: number): CodeAction[] {
  if (!isDiagnosticData(diagnostic.data) || diagnostic.data.version !== version) return [];
  let preferred = true;
  return diagnostic.data.fixes.map((fix) => {
    const action = quickFix(fix.title, diagnostic, documentEdit(uri, version, fix.edits), preferred && fix.safe);
    if (fix.safe) preferred = false;
    return action;
  });
}

function commandAction(title: string, command: string, args: unknown[], diagnostics: Diagnostic[]): CodeAction {
  const action = CodeAction.create(title, Command.create(title, command, ...args), CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  return action;
}
