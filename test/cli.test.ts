import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "..", "dist", "cli.js");
const FIXTURES = join(__dirname, "fixtures", "corpus");

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
}

describe("apology-lint CLI", () => {
  it("prints one JSON object per file, in order, with the contract's fields", () => {
    const files = [join(FIXTURES, "seed-1.txt"), join(FIXTURES, "dev-002.md")];
    const result = run("--format", "json", ...files);
    const reports = JSON.parse(result.stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual(files);
    for (const r of reports) {
      expect(Object.keys(r.elements)).toEqual(["acknowledge", "responsibility", "regret", "amends", "change"]);
      expect(r.stats.words).toBeGreaterThan(50);
      expect(typeof r.situation).toBe("string");
    }
    expect(reports[1].situation).toBe("outage");
  });

  it("gives evidence as LSP ranges whose text is the original's", () => {
    const file = join(FIXTURES, "seed-2.txt");
    const [report] = JSON.parse(run("--format", "json", file).stdout);
    const regret = report.elements.regret;
    expect(regret.present).toBe(true);
    expect(regret.evidence[0]).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 89 } },
      text: "I am reaching out to express my sincere apologies for the defective product you received.",
    });
  });

  it("keeps CRLF letters' ranges exact", () => {
    const dir = mkdtempSync(join(tmpdir(), "apology-lint-"));
    const file = join(dir, "crlf.txt");
    writeFileSync(file, "Dear Sam,\r\n\r\nI am so sorry we sent you the wrong size.\r\n\r\nBest regards,\r\nAna\r\n");
    const [report] = JSON.parse(run("--format", "json", file).stdout);
    expect(report.elements.regret.evidence).toEqual([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 41 } }, text: "I am so sorry we sent you the wrong size." },
    ]);
    const missing = report.diagnostics.find((d: { code: string }) => d.code === "missing-responsibility");
    expect(missing.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
  });

  it("reports a missing file on stderr with exit 2 and still reports the others", () => {
    const good = join(FIXTURES, "dev-001.txt");
    const result = run("--format", "json", "no-such-letter.md", good);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual(["apology-lint: cannot read no-such-letter.md: no such file"]);
    const reports = JSON.parse(result.stdout);
    expect(reports[0]).toEqual({ file: "no-such-letter.md", error: "no such file" });
    expect(reports[1].file).toBe(good);
  });

  it("exits 1 when an error-severity finding remains, 0 when none", () => {
    expect(run(join(FIXTURES, "dev-001.txt")).status).toBe(0);
    expect(run(join(FIXTURES, "dev-003.txt")).status).toBe(1);
  });

  it("exits 2 on a usage error", () => {
    const result = run("--format", "xml", "a.md");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "xml"');
  });
});
