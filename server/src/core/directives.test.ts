import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";

const codes = (text: string): string[] => analyze(text, { format: "markdown" }).findings.map((f) => f.code);

const LETTER = "Dear Ana,\n\nI am so sorry about the late delivery of your order.\n\nBest regards,\nLeo\n";

describe("apology-lint directives in Markdown comments", () => {
  it("reports missing elements without a directive", () => {
    expect(codes(LETTER)).toContain("missing-change");
  });

  it("switches a named rule off for the whole letter", () => {
    const text = `<!-- apology-lint-disable missing-change -->\n${LETTER}`;
    expect(codes(text)).not.toContain("missing-change");
    expect(codes(text)).toContain("missing-responsibility");
  });

  it("switches every rule off when no rule is named, and on again after enable", () => {
    expect(codes(`<!-- apology-lint-disable -->\n${LETTER}`)).toEqual([]);
    expect(codes(`<!-- apology-lint-disable -->\n<!-- apology-lint-enable missing-responsibility -->\n${LETTER}`)).toEqual(["missing-responsibility"]);
  });

  it("does not read directives in plain text", () => {
    const text = `<!-- apology-lint-disable -->\n${LETTER}`;
    expect(analyze(text, { format: "plaintext" }).findings.map((f) => f.code)).toContain("missing-change");
  });
});
