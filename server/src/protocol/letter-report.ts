import { ELEMENT_DETECTORS, scorecard } from "../core";
import type { Analyzed } from "./analysis-store";

/** The scorecard and findings as a Markdown page, for "Apology Lint: Show Letter Report". */
export function letterReport(analyzed: Analyzed, name: string): string {
  const { analysis, lines, text } = analyzed;
  const out = [`# Apology report: ${name}`, "", `**${scorecard(analysis.elements, analysis.stats.words)}**`, ""];
  out.push(`Situation: ${analysis.situation} \u00b7 offense: \u201c${analysis.offense.text}\u201d`, "", "## Elements", "");
  for (const d of ELEMENT_DETECTORS) {
    const evidence = analysis.elements[d.id].evidence;
    out.push(`- ${evidence.length ? "\u2705" : "\u274c"} **${d.title}**`);
    for (const s of evidence) out.push(`  - line ${lines.position(s.start).line + 1}: \u201c${text.slice(s.start, s.end).replace(/\s+/g, " ")}\u201d`);
    if (!evidence.length) out.push(`  - ${d.advice} For example: \u201c${d.example}\u201d`);
  }
  out.push("", "## Findings", "");
  if (!analysis.findings.length) out.push("No findings.");
  for (const f of analysis.findings) out.push(`- line ${lines.position(f.start).line + 1}, ${f.severity}, \`${f.code}\`: ${f.message}`);
  return `${out.join("\n")}\n`;
}
