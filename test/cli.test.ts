import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "..", "dist", "cli.js");
const FIXTURES = join(__dirname, "fixtures", "corpus");

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
}

/** A letter with one safe fix (a doubled word) and one unsafe one (a misspelling). */
const FIXABLE_LETTER = [
  "Dear Priya,",
  "",
  "I am truly sorry that the the replacement kettle we sent you arrived with a cracked lid. This was our mistake: our packing team did not check the lid before dispatch.",
  "",
  "We have sent a new kettle by express delivery today, at no cost to you, and we have added a lid check to our packing list so that this does not happen again. We definately value your custom.",
  "",
  "Kind regards,",
  "Daniel Reyes",
  "",
];

function tempLetter(text: string, name = "letter.txt"): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "apology-lint-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
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
    const missing = report.diagnostics.find((d: { code: string }) => d.code === "missing-change");
    expect(missing.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
  });

  it("reads a Markdown letter's own words only: not its front matter, title, block quote or code block", () => {
    const letter = [
      "---", "apology-lint: true", "ticket: KT-2291", "---", "# About your kettle", "",
      "Dear Priya,", "",
      "You wrote to us:", "",
      "> I'm sorry, but this is the second kettle that arrived broken.", "",
      "I am truly sorry that the kettle we sent you arrived with a cracked lid. This was our mistake: our packing team did not check the lid before dispatch.", "",
      "```text", "Internal: sorry, sorry, we're so sorry lol", "```", "",
      "We have sent a new kettle by express delivery today, at no cost to you, and we have added a lid check to our packing list so that this does not happen again.", "",
      "Kind regards,", "Daniel Reyes", "",
    ].join("\n");
    const { file } = tempLetter(letter, "kettle.letter.md");
    const [report] = JSON.parse(run("--format", "json", file).stdout);
    expect(report.elements.regret.evidence).toEqual([
      { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 72 } }, text: "I am truly sorry that the kettle we sent you arrived with a cracked lid." },
    ]);
    const notProse = new Set([0, 1, 2, 3, 4, 10, 14, 15, 16]);
    const ranges = [...report.diagnostics, ...Object.values(report.elements).flatMap((e) => (e as { evidence: { range: unknown }[] }).evidence)];
    for (const { range } of ranges) expect(notProse.has(range.start.line), JSON.stringify(range)).toBe(false);
    const codes = report.diagnostics.map((d: { code: string }) => d.code);
    for (const code of ["missing-greeting", "missing-signoff", "casual-tone", "missing-regret"]) expect(codes).not.toContain(code);
    // The body's words: "You wrote to us:", the quote (4 + 11) and the three sentences (15 + 14 + 33).
    expect(report.stats).toMatchObject({ words: 77, sentences: 4 });
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

  it("--fix applies the safe fixes in place, reports what remains, and a second run changes nothing", () => {
    const before = FIXABLE_LETTER.join("\n");
    const { dir, file } = tempLetter(before);
    const [report] = JSON.parse(run("--fix", "--format", "json", file).stdout);
    const after = readFileSync(file, "utf8");
    expect(after).toBe(before.replace("that the the replacement", "that the replacement"));
    expect(report.diagnostics.filter((d: { code: string }) => d.code === "misspelling").map((d: { range: unknown }) => d.range)).toEqual([
      { start: { line: 4, character: 161 }, end: { line: 4, character: 171 } },
    ]);
    const mtime = statSync(file).mtimeMs;
    run("--fix", file);
    expect(readFileSync(file, "utf8")).toBe(after);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual(["letter.txt"]);
  });

  it("--fix keeps CRLF line endings and a byte order mark", () => {
    const before = "\uFEFF" + FIXABLE_LETTER.join("\r\n");
    const { file } = tempLetter(before);
    run("--fix", file);
    expect(readFileSync(file, "utf8")).toBe(before.replace("that the the replacement", "that the replacement"));
  });

  it("gives each JSON diagnostic its fixes as LSP edits", () => {
    const { file } = tempLetter(FIXABLE_LETTER.join("\n"));
    const [report] = JSON.parse(run("--format", "json", file).stdout);
    const fixes = report.diagnostics.filter((d: { code: string }) => d.code === "misspelling").map((d: { fixes: unknown }) => d.fixes);
    expect(fixes[0]).toEqual([
      { title: 'Remove the repeated "the"', safe: true, edits: [{ range: { start: { line: 2, character: 25 }, end: { line: 2, character: 29 } }, newText: "" }] },
    ]);
    expect(fixes[1][0]).toEqual({ title: 'Change to "definitely"', safe: false, edits: [{ range: { start: { line: 4, character: 161 }, end: { line: 4, character: 171 } }, newText: "definitely" }] });
  });

  it("--format sarif gives one SARIF 2.1.0 run with rules and 1-based regions", () => {
    const { file } = tempLetter(FIXABLE_LETTER.join("\n"));
    const log = JSON.parse(run("--format", "sarif", file).stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe("apology-lint");
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["missing-regret", "misspelling"]));
    expect(driver.rules.find((r: { id: string }) => r.id === "misspelling").helpUri).toMatch(/^file:.*\/docs\/rules\/misspelling\.md$/);
    const results = log.runs[0].results;
    for (const r of results) {
      expect(ids).toContain(r.ruleId);
      expect(["error", "warning", "note"]).toContain(r.level);
      expect(typeof r.message.text).toBe("string");
    }
    const typo = results.find((r: { message: { text: string } }) => r.message.text.includes("definately"));
    expect(typo.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `file://${file}` },
      region: { startLine: 5, startColumn: 162, endLine: 5, endColumn: 172 },
    });
  });

  it("reports a malformed config on stderr, naming the file, and uses the defaults", () => {
    const { dir } = tempLetter("{ not json", ".apology-lint.json");
    mkdirSync(join(dir, "letters"));
    const file = join(dir, "letters", "a.txt");
    writeFileSync(file, FIXABLE_LETTER.join("\n"));
    const result = run("--format", "json", file);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(`apology-lint: ${join(dir, ".apology-lint.json")}: not valid JSON`);
    expect(JSON.parse(result.stdout)[0].diagnostics.some((d: { code: string }) => d.code === "misspelling")).toBe(true);
  });

  it("finds .apology-lint.json upward from each letter's folder", () => {
    const { dir } = tempLetter(JSON.stringify({ rules: { misspelling: "off" } }), ".apology-lint.json");
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    const inside = join(dir, "a", "b", "letter.txt");
    writeFileSync(inside, FIXABLE_LETTER.join("\n"));
    const outside = tempLetter(FIXABLE_LETTER.join("\n")).file;
    const reports = JSON.parse(run("--format", "json", inside, outside).stdout);
    const codes = reports.map((r: { diagnostics: Array<{ code: string }> }) => r.diagnostics.some((d) => d.code === "misspelling"));
    expect(codes).toEqual([false, true]);
  });
});
