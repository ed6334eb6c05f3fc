import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_LETTERS } from "./hostile-text";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
const isRoot = process.getuid?.() === 0;

function run(args: string[], cwd?: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28, ...(cwd && { cwd }) });
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** A letter with one safe fix (a doubled word) and nothing else that a fix would change. */
const FIXABLE = "Dear Priya,\n\nI am truly sorry that the the replacement kettle we sent you arrived with a cracked lid. This was our mistake.\n\nKind regards,\nDaniel Reyes\n";
const FIXED = FIXABLE.replace("the the", "the");

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "apology-lint-robust-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const jsonOf = (stdout: string) => JSON.parse(stdout) as Array<{ file: string; diagnostics?: Array<{ code: string; severity: string }>; error?: string }>;

describe("CLI: bad configuration gives one clear message and the defaults", () => {
  const letter = "letter.txt";
  const defaults = (): unknown => jsonOf(run(["--format", "json", letter], folder({ [letter]: FIXABLE })).stdout)[0]!.diagnostics;
  const CASES: Array<[string, Record<string, string> | "directory", RegExp]> = [
    ["malformed JSON", { ".apology-lint.json": "{ rules: " }, /\.apology-lint\.json: not valid JSON: .+; using the default$/],
    ["a list instead of an object", { ".apology-lint.json": "[1, 2]" }, /\.apology-lint\.json: the configuration must be a JSON object; using the default$/],
    ["wrong types", { ".apology-lint.json": '{"maxWords": "many"}' }, /\.apology-lint\.json: "maxWords" must be a positive whole number; using the default$/],
    ["an unknown rule id", { ".apology-lint.json": '{"rules": {"no-such-rule": "off"}}' }, /\.apology-lint\.json: unknown rule "no-such-rule"; using the default$/],
    ["a directory named .apology-lint.json", "directory", /cannot read config .*\.apology-lint\.json: is a directory$/],
  ];
  for (const [name, config, message] of CASES) {
    it(name, () => {
      const dir = folder({ [letter]: FIXABLE, ...(config === "directory" ? {} : config) });
      if (config === "directory") mkdirSync(join(dir, ".apology-lint.json"));
      const result = run(["--format", "json", letter], dir);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(jsonOf(result.stdout)[0]!.diagnostics).toEqual(defaults());
    });
  }

  it("--config naming a directory or a missing file: exit 2, one message, every letter still reported", () => {
    const dir = folder({ [letter]: FIXABLE });
    mkdirSync(join(dir, "conf"));
    for (const [config, reason] of [["conf", "is a directory"], ["missing.json", "no such file"]] as const) {
      const result = run(["--format", "json", "--config", config, letter], dir);
      expect(result.stderr.trim()).toBe(`apology-lint: cannot read config ${config}: ${reason}`);
      expect(result.status).toBe(2);
      expect(jsonOf(result.stdout)[0]!.diagnostics).toEqual(defaults());
    }
  });

  it("hostile vocabulary entries are matched literally, fast", () => {
    const config = JSON.stringify({ vocabulary: { jargon: ["(a+)+$", "[", "(x|x)*y"], accept: ["(a|aa)*b"], elements: { regret: ["(.*)*!"] } } });
    const text = `${FIXABLE}\n${"a".repeat(50_000)}!\n`;
    const result = run(["--format", "json", letter], folder({ [letter]: text, ".apology-lint.json": config }));
    expect(result.stderr).toBe("");
    expect(result.ms).toBeLessThan(10_000);
  });
});

describe("CLI --fix never loses text", () => {
  it("refuses to write through a symbolic link leading outside the working folder, and goes on with the rest", () => {
    const outside = folder({ "target.txt": FIXABLE });
    const dir = folder({ "plain.txt": FIXABLE });
    symlinkSync(join(outside, "target.txt"), join(dir, "link.txt"));
    const result = run(["--fix", "link.txt", "plain.txt"], dir);
    expect(result.stderr.trim()).toBe(`apology-lint: not fixing link.txt: it is a symbolic link to ${join(outside, "target.txt")}, outside ${dir}`);
    expect(result.status).toBe(2);
    expect(readFileSync(join(outside, "target.txt"), "utf8")).toBe(FIXABLE);
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "plain.txt"), "utf8")).toBe(FIXED);
  });

  it("follows a symbolic link inside the working folder: the target is fixed, the link stays a link", () => {
    const dir = folder({ "drafts/real.txt": FIXABLE });
    symlinkSync(join("drafts", "real.txt"), join(dir, "link.txt"));
    const result = run(["--fix", "link.txt"], dir);
    expect(result.stderr).toBe("");
    expect(readFileSync(join(dir, "drafts", "real.txt"), "utf8")).toBe(FIXED);
    expect(readlinkSync(join(dir, "link.txt"))).toBe(join("drafts", "real.txt"));
  });

  it("does not rewrite a file that is not UTF-8 (its other bytes would be lost)", () => {
    const latin1 = Buffer.from(`${FIXABLE}Caf\xe9 cr\xe8me\n`, "latin1");
    const dir = folder({ "latin1.txt": latin1 });
    const result = run(["--fix", "latin1.txt"], dir);
    expect(result.stderr.trim()).toBe("apology-lint: not fixing latin1.txt: it is not UTF-8 text");
    expect(readFileSync(join(dir, "latin1.txt"))).toEqual(latin1);
  });

  it("keeps a byte order mark, CRLF, the file mode, and leaves no temporary file", () => {
    const dir = folder({ "crlf.txt": `\uFEFF${FIXABLE.replace(/\n/g, "\r\n")}` });
    chmodSync(join(dir, "crlf.txt"), 0o640);
    run(["--fix", "crlf.txt"], dir);
    expect(readFileSync(join(dir, "crlf.txt"), "utf8")).toBe(`\uFEFF${FIXED.replace(/\n/g, "\r\n")}`);
    expect(lstatSync(join(dir, "crlf.txt")).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["crlf.txt"]);
  });

  it("reports a directory given as a letter and goes on with the rest", () => {
    const dir = folder({ "a.txt": FIXABLE });
    mkdirSync(join(dir, "letters"));
    const result = run(["--fix", "--format", "json", "letters", "a.txt"], dir);
    expect(result.stderr.trim()).toBe("apology-lint: cannot read letters: is a directory");
    expect(jsonOf(result.stdout).map((r) => r.error ?? "ok")).toEqual(["is a directory", "ok"]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(FIXED);
  });

  it.skipIf(isRoot)("reports a read-only letter it cannot fix and fixes the others", () => {
    const dir = folder({ "locked/a.txt": FIXABLE, "b.txt": FIXABLE });
    chmodSync(join(dir, "locked"), 0o555);
    const result = run(["--fix", join("locked", "a.txt"), "b.txt"], dir);
    expect(result.stderr).toMatch(/cannot write locked\/a\.txt: permission denied/);
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe(FIXED);
    chmodSync(join(dir, "locked"), 0o755);
  });
});

describe("CLI on huge and binary input: bounded time, no crash", () => {
  const letter = CORPUS_LETTERS[0]!;
  const INPUTS: Array<[string, () => string | Buffer]> = [
    ["a 10 MB letter", () => letter.repeat(Math.ceil(10_000_000 / letter.length)).slice(0, 10_000_000)],
    ["a single 1 MB line", () => "We are sorry for the late delivery of your order; it was our fault. ".repeat(15_000).slice(0, 1_000_000)],
    ["1 MB of random bytes", () => randomBytes(1_000_000)],
    ["100,000 empty lines", () => "\n".repeat(100_000)],
  ];
  for (const [name, make] of INPUTS) {
    it(name, () => {
      const dir = folder({ "big.txt": make() });
      const result = run(["--format", "json", "big.txt"], dir);
      console.log(`CLI, ${name}: exit ${result.status} after ${result.ms} ms; stderr: ${result.stderr.trim() || "(none)"}`);
      expect(result.signal).toBeNull();
      expect([0, 1, 2]).toContain(result.status);
      expect(jsonOf(result.stdout)).toHaveLength(1);
      expect(result.ms).toBeLessThan(30_000); // a hang detector, not a benchmark
    }, 40_000);
  }
});
