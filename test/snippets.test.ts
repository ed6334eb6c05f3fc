import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const snippets = JSON.parse(readFileSync(join(ROOT, "snippets", "apology-letters.json"), "utf8")) as Record<string, { prefix: string; body: string[] | string }>;
const body = (name: string): string => {
  const b = snippets[name]!.body;
  return Array.isArray(b) ? b.join("\n") : b;
};

interface Expansion {
  readonly text: string;
  /** Tab stop number → the default text it selects, in the order VS Code visits them. */
  readonly stops: ReadonlyMap<number, string>;
}

/** Expands a snippet with every tab stop's default, as accepting it and pressing Tab would. */
function expand(snippet: string): Expansion {
  const stops = new Map<number, string>();
  let text = "";
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === "\\" && "$}\\".includes(snippet[i + 1] ?? "")) {
      text += snippet[++i];
    } else if (c === "$" && snippet[i + 1] === "{") {
      const m = /^\$\{(\d+):((?:\\.|[^}\\])*)\}/.exec(snippet.slice(i))!;
      const value = m[2]!.replace(/\\(.)/g, "$1");
      stops.set(Number(m[1]), value);
      text += value;
      i += m[0].length - 1;
    } else if (c === "$" && /\d/.test(snippet[i + 1] ?? "")) {
      i += /^\$\d+/.exec(snippet.slice(i))![0].length - 1;
    } else {
      text += c;
    }
  }
  return { text, stops };
}

const SAMPLES = [
  ["apology-late-delivery", "seed-1"],
  ["apology-product-defect", "seed-2"],
  ["apology-poor-service", "seed-3"],
  ["apology-billing-error", "seed-4"],
  ["apology-communication", "seed-5"],
] as const;

describe("letter snippets", () => {
  for (const [prefix, seed] of SAMPLES) {
    it(`${prefix} expands to the guide's sample letter, word for word`, () => {
      const name = Object.keys(snippets).find((k) => snippets[k]!.prefix === prefix)!;
      const sample = readFileSync(join(__dirname, "fixtures", "corpus", `${seed}.txt`), "utf8");
      const { text, stops } = expand(body(name));
      expect(text).toBe(sample);
      // Every placeholder of the sample is a tab stop, and the first stop is the first of them.
      const placeholders = sample.match(/\[[^\]\n]+\]|\d+%/g)!;
      expect([...stops.keys()].sort((a, b) => a - b).map((n) => stops.get(n))).toEqual(placeholders);
    });
  }

  it("offers a sentence snippet for each element", () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const element of ["acknowledge", "responsibility", "regret", "amends", "change"]) {
      expect(prefixes).toContain(`apology-sentence-${element}`);
    }
    expect(expand(body("Sentence: Take full responsibility")).text).toBe("I take full responsibility for the late delivery of your order.");
  });
});
