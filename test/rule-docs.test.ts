import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../server/src/core/analyze";

const DOCS = new URL("../docs/rules/", import.meta.url);
const SECTIONS = ["## Why it matters", "## Bad", "## Good", "## Fix", "## Configuration"];

describe("rule docs", () => {
  it("covers every mistake rule and every missing element", () => {
    expect(RULE_IDS).toContain("missing-acknowledge");
    expect(RULE_IDS).toContain("casual-tone");
  });

  for (const id of RULE_IDS) {
    it(`docs/rules/${id}.md has the required sections`, () => {
      const file = new URL(`${id}.md`, DOCS);
      expect(existsSync(file), `docs/rules/${id}.md is missing`).toBe(true);
      const lines = readFileSync(file, "utf8").split(/\r?\n/);
      expect(lines[0]).toBe(`# ${id}`);
      const summary = lines.slice(1).find((l) => l.trim() !== "");
      expect(summary, "a one-line summary under the title").toMatch(/^[^#\s]/);
      const positions = SECTIONS.map((s) => lines.indexOf(s));
      expect(positions.every((p) => p > 0), `sections: ${SECTIONS.filter((_, i) => positions[i]! < 0).join(", ")}`).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const [i, at] of positions.entries()) {
        const body = lines.slice(at + 1, positions[i + 1] ?? lines.length).join("\n").trim();
        expect(body, `${SECTIONS[i]} is empty`).not.toBe("");
      }
      const configuration = lines.slice(positions.at(-1)!).join("\n");
      expect(configuration).toContain(`"${id}"`);
    });
  }
});
