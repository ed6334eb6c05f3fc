import { byElement, LineIndex, type Analysis, type ElementId, type Range, type Severity, type Situation } from "../core";

/** One file's result as the CLI's JSON contract (PRODUCT.md) defines it. */
export interface FileReport {
  readonly file: string;
  readonly elements: Record<ElementId, { present: boolean; evidence: Array<{ range: Range; text: string }> }>;
  readonly diagnostics: Array<{ code: string; severity: Severity; message: string; range: Range; source: "apology-lint"; fixes: ReportFix[] }>;
  readonly situation: Situation;
  readonly offense: { text: string; range?: Range };
  readonly stats: Analysis["stats"];
}

/** A fix as the JSON report gives it: what applying it would change, in LSP ranges. */
export interface ReportFix {
  readonly title: string;
  readonly safe: boolean;
  readonly edits: Array<{ range: Range; newText: string }>;
}

/** A file that could not be read keeps its place in the output. */
export interface FileFailure {
  readonly file: string;
  readonly error: string;
}

export function toReport(file: string, text: string, analysis: Analysis): FileReport {
  const lines = new LineIndex(text);
  const elements = byElement(({ id }) => {
    const result = analysis.elements[id];
    const evidence = result.evidence.map((s) => ({ range: lines.range(s.start, s.end), text: text.slice(s.start, s.end) }));
    return { present: result.present, evidence };
  });
  const diagnostics = analysis.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: lines.range(f.start, f.end),
    source: "apology-lint" as const,
    fixes: f.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })) })),
  }));
  const { offense } = analysis;
  return {
    file,
    elements,
    diagnostics,
    situation: analysis.situation,
    offense: { text: offense.text, ...(offense.span && { range: lines.range(offense.span.start, offense.span.end) }) },
    stats: analysis.stats,
  };
}
