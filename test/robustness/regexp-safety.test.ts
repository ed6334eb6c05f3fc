import { check } from "recheck";
import { beforeAll, describe, expect, it } from "vitest";
import { CORPUS_LETTERS } from "./hostile-text";
import { findRegExps, siteOf, type RegExpSite } from "./regexps";

/**
 * Every regular expression the shipped code can run, checked for catastrophic backtracking with
 * recheck. Literals are found by parsing the sources (regexps.ts). Expressions built at run time
 * (`new RegExp(...)`, from word tables, dictionaries or the user's vocabulary) are recorded by
 * replacing the global RegExp while the modules load and analyze letters; the test then requires
 * that every construction site in the sources was seen, so a new one cannot slip past unchecked.
 */
interface Seen extends Partial<RegExpSite> {
  readonly source: string;
  readonly flags: string;
}

/**
 * recheck needs about 20–120 s for all ~280 expressions (more on a loaded machine), so by default
 * only the protocol, CLI and user-derived expressions are checked; APOLOGY_LINT_RECHECK=1 checks all.
 */
const FULL = process.env.APOLOGY_LINT_RECHECK === "1";
const NativeRegExp = RegExp;
const CONCURRENCY = 4;
const constructed: Seen[] = [];
/** User configuration as hostile as it gets: every entry is a catastrophic pattern if compiled raw. */
const HOSTILE_VOCABULARY = { jargon: ["(a+)+$", "(x|x)*y", "[", "L2+", "a a a a"], accept: ["(a|aa)*b"], elements: { regret: ["(.*)*!"], change: ["\\"] } };

beforeAll(async () => {
  class RecordingRegExp extends NativeRegExp {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      constructed.push({ source: this.source, flags: this.flags, ...siteOf(new Error().stack ?? "") });
    }
  }
  globalThis.RegExp = RecordingRegExp as RegExpConstructor;
  try {
    const core = await import("../../server/src/core");
    const { ruleDocsSection } = await import("../../server/src/protocol/rule-docs");
    await import("../../server/src/protocol/letter-server");
    await import("../../server/src/cli/sarif");
    const config = core.parseConfig({ vocabulary: HOSTILE_VOCABULARY }, core.RULE_IDS).config;
    for (const text of CORPUS_LETTERS) {
      for (const format of ["plaintext", "markdown"] as const) {
        core.analyze(text, { format, config });
        core.fixAll(text, { format });
        core.letterSignals(text, format);
      }
    }
    ruleDocsSection("jargon", "Good");
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
});

const { literals, constructed: sites } = findRegExps();

describe("regular expressions are safe from catastrophic backtracking (recheck)", () => {
  it("every RegExp construction in the sources ran while the modules loaded and analyzed letters", () => {
    const seen = new Set(constructed.map((c) => `${c.file}:${c.line}`));
    expect(sites.length).toBeGreaterThan(10);
    expect(sites.filter((s) => !seen.has(`${s.file}:${s.line}`)).map((s) => `${s.file}:${s.line}`)).toEqual([]);
  });

  it("user vocabulary is compiled as literal text, never as a pattern", () => {
    const fromUser = constructed.filter((c) => c.source.includes("a\\+\\)\\+\\$") || c.source.includes("(a+)+$"));
    expect(fromUser.length).toBeGreaterThan(0);
    for (const c of fromUser) expect(c.source).not.toContain("(a+)+$");
  });

  const unique = new Map<string, { source: string; flags: string; where: string }>();
  for (const r of [...literals.map((l) => ({ ...l, where: `${l.file}:${l.line}` }))]) unique.set(`${r.flags}/${r.source}`, r);
  it("has literals to check", () => expect(unique.size).toBeGreaterThan(50));

  /**
   * Exponential backtracking fails the test. Polynomial cases are printed: most run on one short
   * sentence or line, and the document-scale attacks in property-regressions.test.ts measure the
   * ones that matter. "unknown" means recheck ran out of time on a very large alternation.
   */
  it("no literal or constructed expression backtracks exponentially", async () => {
    for (const c of constructed) unique.set(`${c.flags}/${c.source}`, { source: c.source, flags: c.flags, where: c.file ? `${c.file}:${c.line}` : "built at run time" });
    const exponential: string[] = [];
    const polynomial: string[] = [];
    const started = performance.now();
    const fromUser = (source: string): boolean => source.includes("a\\+\\)\\+\\$");
    const all = [...unique.values()].filter((r) => FULL || !r.where.startsWith("server/src/core/") || fromUser(r.source));
    // A few checks at a time: recheck's time limit then measures the check, not the queue.
    const results: Awaited<ReturnType<typeof check>>[] = [];
    for (let i = 0; i < all.length; i += CONCURRENCY) {
      results.push(...(await Promise.all(all.slice(i, i + CONCURRENCY).map(({ source, flags }) => check(source, flags, { timeout: 2000 })))));
    }
    for (const [i, { where }] of all.entries()) {
      const result = results[i]!;
      const line = `${where}: ${result.status === "vulnerable" ? result.complexity.summary : result.status}`;
      if (result.status === "vulnerable" && result.complexity.type === "exponential") exponential.push(line);
      else if (result.status !== "safe") polynomial.push(line);
    }
    console.log(`recheck${FULL ? "" : " (protocol, CLI, client and run-time built; APOLOGY_LINT_RECHECK=1 for all)"}: ${all.length} of ${unique.size} distinct expressions (${literals.length} literals, ${constructed.length} constructions) in ${Math.round(performance.now() - started)} ms; not proven safe:\n  ${polynomial.join("\n  ")}`);
    expect(exponential).toEqual([]);
  }, 120_000);
});

