import { describe, expect, it } from "vitest";
import { analyze, type DocumentFormat } from "../../server/src/core";
import { applyFix, badSpan, spansOf } from "./hostile-text";

/** The first fix of the first `code` finding, applied: the findings of that code left afterwards. */
function afterFirstFix(text: string, code: string, format: DocumentFormat = "plaintext"): string[] {
  const finding = analyze(text, { format }).findings.find((f) => f.code === code)!;
  expect(finding, `no ${code} finding`).toBeDefined();
  const fixed = applyFix(text, finding.fixes[0]!);
  return analyze(fixed, { format }).findings.filter((f) => f.code === code).map((f) => fixed.slice(f.start, f.end));
}

/** Minimal reproductions of the core bugs the property tests found, kept so they stay fixed. */
describe("core bugs found by the property tests", () => {
  it("flag-emoji-removed-by-halves: removing a flag leaves half of it", () => {
    expect(afterFirstFix("Dear Ana,\n\nSo sorry \u{1F1EC}\u{1F1E7} for the late delivery of your order.\n", "casual-tone")).toEqual([]);
  });

  it("excuse-clause-removal-leaves-second-clause: the rest of the sentence is still an excuse", () => {
    expect(afterFirstFix("Dear Ana,\n\nThe shop was very busy, and it is not always possible to answer quickly.\n", "blame-shifting")).toEqual([]);
  });

  it("generic-apology-fix-is-generic: the offense it writes in is not itself generic", () => {
    expect(afterFirstFix("Dear Ana,\n\nWe apologise for any inconvenience with your bill. That was our failing.\n", "generic-apology")).toEqual([]);
  });

  it("signoff-inserted-into-open-html-comment: the sign-off lands inside an unclosed <!--", () => {
    expect(afterFirstFix("Dear Ana,\n\nI am sorry for the late delivery. <!-- draft\n", "missing-signoff", "markdown")).toEqual([]);
  });

  it("missing-element-sentence-glued-to-neighbour: inserted into a URL / before a setext greeting", () => {
    expect(afterFirstFix("https://example.com/a?b=c. Thanks.\n", "missing-regret")).toEqual([]);
  });

  it("missing-element-sentence-glued-to-neighbour (markdown setext heading)", () => {
    expect(afterFirstFix("Dear Ana,\n---\n", "missing-regret", "markdown")).toEqual([]);
  });

  it("blame-shifting 'Remove the excuse' cuts a surrogate pair: edit ends between its halves", () => {
    const text = "Dear Ana,\n\nIt was the courier's fault, not ours.PS:\u{10000}Thanks.\n";
    expect(badSpan(text, spansOf(analyze(text, { format: "plaintext" })))).toBeUndefined();
  });
});
