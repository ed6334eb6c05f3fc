import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { ELEMENT_IDS, type Finding } from "../types";

const CORPUS = join(__dirname, "../../../../test/fixtures/corpus");
const SEEDS = ["seed-1", "seed-2", "seed-3", "seed-4", "seed-5"];

/** The letter with every sentence that serves `element` cut out. */
function withoutElement(text: string, element: (typeof ELEMENT_IDS)[number]): string {
  const spans = analyze(text, { format: "plaintext" }).elements[element].evidence;
  let out = text;
  for (const s of [...spans].reverse()) {
    const end = out[s.end] === " " ? s.end + 1 : s.end;
    out = out.slice(0, s.start) + out.slice(end);
  }
  return out;
}

const errors = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.severity === "error").map((f) => f.code).sort();

describe("fixes for a missing element", () => {
  for (const seed of SEEDS) {
    const original = readFileSync(join(CORPUS, `${seed}.txt`), "utf8");
    for (const element of ELEMENT_IDS) {
      if (!analyze(original, { format: "plaintext" }).elements[element].present) continue;
      it(`${seed} without its ${element} sentences: every variant, applied, makes it present again`, () => {
        const text = withoutElement(original, element);
        const before = analyze(text, { format: "plaintext" });
        const finding = before.findings.find((f) => f.code === `missing-${element}`);
        expect(finding).toBeDefined();
        expect(finding!.fixes.length).toBeGreaterThanOrEqual(2);
        for (const fix of finding!.fixes) {
          const [edit] = fix.edits;
          const fixed = text.slice(0, edit!.start) + edit!.newText + text.slice(edit!.end);
          const after = analyze(fixed, { format: "plaintext" });
          expect(after.elements[element].present, `${fix.title}\n---\n${fixed}`).toBe(true);
          const newErrors = errors(after.findings).filter((c) => !errors(before.findings).includes(c));
          expect(newErrors, fix.title).toEqual([]);
        }
      });
    }
  }

  it("inserts the sentence after the element that comes before it in the letter's order", () => {
    const text = "Dear Ana,\n\nI am so sorry for the late delivery of your order. I have sent a voucher today.\n\nBest regards,\nLeo\n";
    const finding = analyze(text, { format: "plaintext" }).findings.find((f) => f.code === "missing-responsibility")!;
    const edit = finding.fixes[0]!.edits[0]!;
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    expect(fixed).toBe(
      "Dear Ana,\n\nI am so sorry for the late delivery of your order. I take full responsibility for the late delivery of your order. I have sent a voucher today.\n\nBest regards,\nLeo\n",
    );
  });
});

describe("a letter that never says what went wrong", () => {
  it("gets no acknowledgement sentence to insert: only the writer knows the offense", () => {
    const finding = analyze("Dear Ana,\n\nI am sorry.\n", { format: "plaintext" }).findings.find((f) => f.code === "missing-acknowledge")!;
    expect(finding.fixes).toEqual([]);
  });
});
