import { scorecard } from "../core";
import type { FileFailure, FileReport } from "./report";

/** Human-readable output: findings per file, a scorecard line, and a total. */
export function formatStylish(results: ReadonlyArray<FileReport | FileFailure>): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if ("error" in r) continue;
    out.push(r.file);
    for (const d of r.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`  ${at.padEnd(7)} ${d.severity.padEnd(11)} ${d.message}  ${d.code}`);
    }
    out.push(`  ${scorecard(r.elements, r.stats.words)}`, "");
  }
  const problems = errors + warnings;
  out.push(problems ? `${problems} problem${problems === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})` : "no problems");
  return out.join("\n") + "\n";
}
