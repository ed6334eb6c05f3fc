import { describe, expect, it } from "vitest";
import { letterSignals } from "./detect";

describe("letterSignals", () => {
  it("sees a letter: a greeting and an apology near the top", () => {
    const text = "Dear Ms. Okafor,\n\nI am truly sorry that your sofa arrived three weeks late.\n";
    expect(letterSignals(text, "plaintext")).toEqual({ optIn: undefined, looksLikeLetter: true });
  });

  it("does not take a README for a letter, even one that apologizes", () => {
    const readme = "# apology-lint\n\nA linter. Sorry, Windows is not supported yet.\n\n```sh\nnpm ci\n```\n";
    expect(letterSignals(readme, "markdown").looksLikeLetter).toBe(false);
  });

  it("reads the front matter opt-in and opt-out", () => {
    expect(letterSignals("---\napology-lint: true\n---\nNotes\n", "markdown").optIn).toBe(true);
    expect(letterSignals("---\napology-lint: false\n---\nDear Sam,\nSorry.\n", "markdown").optIn).toBe(false);
  });
});
