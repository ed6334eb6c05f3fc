import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { DEFAULT_CONFIG } from "../config";
import { findingsOf, flagged } from "./test-helpers";

const CODE = "too-long";
/** Ten words per sentence. */
const sentence = (n: number): string => `Sentence number ${n} tells you one more thing about it.`;
const letter = (sentences: number): string =>
  `Dear Priya,\n\n${Array.from({ length: sentences }, (_, i) => sentence(i + 1)).join(" ")}\n\nKind regards,\nAnna Berg`;

describe("too-long", () => {
  it("flags the sentence where the body passes 400 words, with the count and the limit", () => {
    const text = letter(41);
    const found = findingsOf(text, CODE);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([sentence(41)]);
    expect(found[0]!.message).toContain("410 words");
    expect(found[0]!.message).toContain("400");
    expect(found[0]!.fixes).toEqual([]);
  });

  it("does not flag a body of exactly the limit", () => {
    expect(flagged(letter(40), CODE)).toEqual([]);
  });

  it("reads the limit from maxWords", () => {
    const text = letter(12);
    const found = analyze(text, { format: "plaintext", config: { ...DEFAULT_CONFIG, maxWords: 100 } }).findings.filter((f) => f.code === CODE);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([sentence(11)]);
  });
});
