import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as oniguruma from "vscode-oniguruma";
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from "vscode-textmate";

const ROOT = join(__dirname, "..");

async function loadGrammar(file: string, scopeName: string): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (name) => (name === scopeName ? parseRawGrammar(readFileSync(join(ROOT, "syntaxes", file), "utf8"), file) : null),
  });
  return (await registry.loadGrammar(scopeName))!;
}

/** Each token's text with its innermost scope, line by line. */
function tokenize(grammar: IGrammar, text: string): Array<{ text: string; scopes: string[] }> {
  const out: Array<{ text: string; scopes: string[] }> = [];
  let state = INITIAL;
  for (const line of text.split("\n")) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  }
  return out;
}

const scopesOf = (tokens: ReturnType<typeof tokenize>, text: string): string[] => tokens.find((t) => t.text === text)?.scopes ?? [];

describe("apology-letter grammar", () => {
  it("scopes the greeting, placeholders, the closing and the signature of a sample letter", async () => {
    const grammar = await loadGrammar("apology-letter.tmLanguage.json", "text.apology-letter");
    const tokens = tokenize(grammar, readFileSync(join(__dirname, "fixtures", "corpus", "seed-2.txt"), "utf8"));
    expect(scopesOf(tokens, "Dear")).toContain("keyword.other.greeting.apology-letter");
    expect(scopesOf(tokens, "[Customer's Name]")).toEqual(["text.apology-letter", "meta.greeting.apology-letter", "variable.other.placeholder.apology-letter"]);
    expect(scopesOf(tokens, "Best regards")).toContain("keyword.other.closing.apology-letter");
    expect(scopesOf(tokens, "[Your Position]")).toEqual(
      expect.arrayContaining(["meta.closing.apology-letter", "meta.signature.apology-letter", "variable.other.placeholder.apology-letter"]),
    );
  });

  it("scopes a P.S. and template slots of other kinds", async () => {
    const grammar = await loadGrammar("apology-letter.tmLanguage.json", "text.apology-letter");
    const tokens = tokenize(grammar, "Hi {{first_name}},\n\nSorry about <NAME>.\n\nP.S. Your code is XX% off.\n");
    expect(scopesOf(tokens, "{{first_name}}")).toContain("variable.other.placeholder.apology-letter");
    expect(scopesOf(tokens, "<NAME>")).toContain("variable.other.placeholder.apology-letter");
    expect(scopesOf(tokens, "XX%")).toContain("variable.other.placeholder.apology-letter");
    expect(scopesOf(tokens, "P.S.")).toContain("keyword.other.postscript.apology-letter");
  });

  it("does not take a Markdown link or a checkbox for a placeholder", async () => {
    const grammar = await loadGrammar("placeholder.injection.tmLanguage.json", "apology-letter.placeholder.injection");
    const tokens = tokenize(grammar, "See [our policy](https://example.com) and [ ] and [Your Name].");
    expect(scopesOf(tokens, "[Your Name]")).toContain("variable.other.placeholder.apology-letter");
    expect(tokens.some((t) => t.text.includes("[our policy]") && t.scopes.includes("variable.other.placeholder.apology-letter"))).toBe(false);
    expect(tokens.some((t) => t.text === "[ ]" && t.scopes.includes("variable.other.placeholder.apology-letter"))).toBe(false);
  });
});
