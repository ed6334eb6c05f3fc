import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { ELEMENT_DETECTORS, RULES, type Severity } from "../core";
import { ruleDocsUri } from "../protocol/rule-docs";
import type { FileFailure, FileReport } from "./report";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", information: "note", hint: "note" };

/** Every code a diagnostic can carry, with its one-line description. */
const RULE_DESCRIPTIONS: ReadonlyArray<readonly [string, string]> = [
  ...ELEMENT_DETECTORS.map((d) => [`missing-${d.id}`, `The letter does not ${d.label}.`] as const),
  ...RULES.map((r) => [r.meta.id, r.meta.description] as const),
];

/**
 * One SARIF 2.1.0 log with one run. Rule help links point at the rule pages the package ships
 * (`docs/rules/<id>.md`) as file URIs, as the editor's links do: absolute, as SARIF wants, and
 * readable offline. Locations use the path as given on the command line.
 */
export function formatSarif(results: ReadonlyArray<FileReport | FileFailure>): string {
  const rules = RULE_DESCRIPTIONS.map(([id, text]) => {
    const helpUri = ruleDocsUri(id);
    return { id, shortDescription: { text }, ...(helpUri && { helpUri }) };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    "error" in r
      ? []
      : r.diagnostics.map((d) => ({
          ruleId: d.code,
          ...(ruleIndex.has(d.code) && { ruleIndex: ruleIndex.get(d.code) }),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(r.file) },
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                },
              },
            },
          ],
        })),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "apology-lint", rules } }, results: sarifResults }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path stays relative (to the folder the CLI ran in); an absolute one becomes a file URI. */
function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
