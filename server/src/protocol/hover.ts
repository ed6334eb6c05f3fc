import { MarkupKind, type Hover } from "vscode-languageserver";
import { ELEMENT_DETECTORS, RULES } from "../core";
import type { Analyzed } from "./analysis-store";
import { ruleDocsSection, ruleDocsUri } from "./rule-docs";

/** Explains the finding under the cursor, or which elements the sentence under it serves. */
export function hover(analyzed: Analyzed, offset: number): Hover | null {
  const { analysis, lines } = analyzed;
  const finding = analysis.findings.find((f) => f.start <= offset && offset <= f.end && f.end > f.start);
  if (finding) {
    return { contents: { kind: MarkupKind.Markdown, value: explainFinding(finding.code, finding.message) }, range: lines.range(finding.start, finding.end) };
  }
  const served = ELEMENT_DETECTORS.filter((d) => analysis.elements[d.id].evidence.some((s) => s.start <= offset && offset <= s.end));
  if (!served.length) return null;
  const sentence = analysis.elements[served[0]!.id].evidence.find((s) => s.start <= offset && offset <= s.end)!;
  const value = served.map((d) => `**${d.title}** \u2014 this sentence does it.\n\n${d.advice}`).join("\n\n---\n\n");
  return { contents: { kind: MarkupKind.Markdown, value }, range: lines.range(sentence.start, sentence.end) };
}

function explainFinding(code: string, message: string): string {
  const parts = [`**${code}** \u2014 ${message}`];
  const element = ELEMENT_DETECTORS.find((d) => code === `missing-${d.id}`);
  const why = element?.advice ?? RULES.find((r) => r.meta.id === code)?.meta.advice;
  if (why && !message.includes(why)) parts.push(`**Why it matters:** ${why}`);
  const better = element ? `> ${element.example}` : ruleDocsSection(code, "Good");
  if (better) parts.push(`**Better:**\n\n${better}`);
  const href = ruleDocsUri(code);
  if (href) parts.push(`[Learn about ${code}](${href})`);
  return parts.join("\n\n");
}
