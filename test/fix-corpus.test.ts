import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, fixAll, formatOf } from "../server/src/core";

const CLI = join(__dirname, "..", "dist", "cli.js");
const FIXTURES = join(__dirname, "fixtures", "corpus");

describe("apology-lint --fix on a copy of the whole corpus", () => {
  it("changes exactly what the safe fixes promise, and a second run changes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "apology-lint-corpus-"));
    cpSync(FIXTURES, dir, { recursive: true });
    const letters = readdirSync(dir).filter((f) => /\.(?:md|txt)$/.test(f)).sort();
    const before = new Map(letters.map((f) => [f, readFileSync(join(dir, f), "utf8")]));

    const first = spawnSync(process.execPath, [CLI, "--fix", "--format", "json", ...letters], { cwd: dir, encoding: "utf8" });
    expect(first.stderr).toBe("");
    let changed = 0;
    for (const f of letters) {
      const original = before.get(f)!;
      const options = { format: formatOf(f) };
      const after = readFileSync(join(dir, f), "utf8");
      // What --fix wrote is what the core's safe fixes give, nothing more.
      expect(after, f).toBe(fixAll(original, options).text);
      if (after !== original) changed++;
      // And nothing safe is left to fix.
      expect(analyze(after, options).findings.filter((x) => x.fixes.some((fix) => fix.safe)).map((x) => x.code), f).toEqual([]);
    }
    expect(changed).toBeGreaterThan(5);

    const mtimes = letters.map((f) => statSync(join(dir, f)).mtimeMs);
    const texts = letters.map((f) => readFileSync(join(dir, f), "utf8"));
    spawnSync(process.execPath, [CLI, "--fix", ...letters], { cwd: dir, encoding: "utf8" });
    expect(letters.map((f) => statSync(join(dir, f)).mtimeMs)).toEqual(mtimes);
    expect(letters.map((f) => readFileSync(join(dir, f), "utf8"))).toEqual(texts);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  }, 60_000);
});
