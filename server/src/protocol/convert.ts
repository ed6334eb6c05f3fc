import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentEdit,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import type { Fix, Finding, LineIndex, Severity } from "../core";
import { ruleDocsUri } from "./rule-docs";

export const SOURCE = "apology-lint";

/** What a diagnostic carries so that code actions need no re-analysis. */
export interface DiagnosticData {
  readonly version: number;
  readonly fixes: ReadonlyArray<{ readonly title: string; readonly safe: boolean; readonly edits: TextEdit[] }>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, lines: LineIndex, version: number): Diagnostic {
  const href = ruleDocsUri(finding.code);
  const data: DiagnosticData = { version, fixes: finding.fixes.map((fix) => toLspFix(fix, lines)) };
  return {
    range: lines.range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    ...(href && { codeDescription: { href } }),
    source: SOURCE,
    message: finding.message,
    data,
  };
}

function toLspFix(fix: Fix, lines: LineIndex): DiagnosticData["fixes"][number] {
  return {
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })),
  };
}

/** A versioned edit: if the document moved on, the client refuses it instead of corrupting text. */
export function documentEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

export function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, preferred: boolean): CodeAction {
  const action = CodeAction.create(title, edit, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const data = value as DiagnosticData | undefined;
  return typeof data === "object" && data !== null && typeof data.version === "number" && Array.isArray(data.fixes);
}
