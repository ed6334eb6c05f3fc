import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { ELEMENT_IDS } from "../../server/src/core";
import { TestClient } from "./lsp-client";
import { SEEDS, seedText, withoutElement } from "./seeds";

const errorCodes = (diagnostics: Diagnostic[]): string[] => diagnostics.filter((d) => d.severity === 1).map((d) => String(d.code));
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
let uriCount = 0;
const letterUri = (name: string): string => `file:///tmp/apology-lint-tests/letters/${name}-${++uriCount}.txt`;

/** Where a missing element is reported: the greeting, or the letter's first line. */
function expectedAnchor(text: string) {
  const first = text.split("\n")[0]!;
  const greeting = /^(?:Dear|Hello|Hi)\b.*?,/.exec(first);
  const length = greeting ? greeting[0].length : first.trimEnd().length;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: length } };
}

describe("language server over stdio", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start();
  });
  afterAll(async () => {
    if (client.stderr) console.error(client.stderr);
    await client.stop();
  });

  const quickFixes = async (uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> => {
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ["quickfix"] },
    });
    return (actions ?? []) as CodeAction[];
  };

  for (const seed of SEEDS) {
    for (const element of ELEMENT_IDS) {
      it(`${seed} without its ${element} sentence: missing-${element} on the right range, and every fix brings it back`, async () => {
        const text = withoutElement(seedText(seed), element);
        if (text === seedText(seed)) return; // the sample itself lacks this element (seed-5 offers no amends)
        const uri = letterUri(seed);
        const before = await client.open(uri, text);
        const missing = before.find((d) => d.code === `missing-${element}`)!;
        expect(missing, codes(before).join()).toBeDefined();
        expect(missing.range).toEqual(expectedAnchor(text));
        expect(missing.source).toBe("apology-lint");
        expect(missing.codeDescription?.href).toMatch(new RegExp(`docs/rules/missing-${element}\\.md$`));

        const fixes = (await quickFixes(uri, missing)).filter((a) => a.edit);
        expect(fixes.length).toBeGreaterThanOrEqual(2);
        for (const fix of fixes) {
          const fixedUri = letterUri(`${seed}-fixed`);
          const opened = await client.open(fixedUri, text);
          const again = opened.find((d) => d.code === `missing-${element}`)!;
          const action = (await quickFixes(fixedUri, again)).find((a) => a.title === fix.title)!;
          const after = await client.apply(action.edit!);
          expect(codes(after), `${fix.title}\n${client.text(fixedUri)}`).not.toContain(`missing-${element}`);
          expect(errorCodes(after).filter((c) => !errorCodes(opened).includes(c))).toEqual([]);
        }
      });
    }
  }

  it("offers disable and learn actions, and opens the rule's page", async () => {
    const uri = letterUri("learn");
    const diagnostics = await client.open(uri, withoutElement(seedText("seed-2"), "change"));
    const missing = diagnostics.find((d) => d.code === "missing-change")!;
    const titles = (await quickFixes(uri, missing)).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(["Disable missing-change for this document", "Learn about missing-change"]));
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "apology-lint.learn", arguments: ["missing-change"] });
    expect(client.shownDocuments.at(-1)).toMatch(/docs\/rules\/missing-change\.md$/);
  });

  it("explains an element's sentence on hover", async () => {
    const uri = letterUri("hover");
    const text = seedText("seed-2");
    await client.open(uri, text);
    const line = text.split("\n").findIndex((l) => l.startsWith("I take full responsibility"));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
    expect((hover!.contents as MarkupContent).value).toContain("**Take full responsibility**");
    expect(hover!.range!.start).toEqual({ line, character: 0 });
  });

  it("explains a finding on hover, with a better example", async () => {
    const uri = letterUri("hover-finding");
    const text = withoutElement(seedText("seed-2"), "change");
    await client.open(uri, text);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain("**missing-change**");
    expect(value).toContain("We are reviewing our shipping processes to ensure timely deliveries in the future.");
  });

  it("outlines the letter: greeting, the elements found, closing", async () => {
    const uri = letterUri("symbols");
    await client.open(uri, seedText("seed-2"));
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    expect(names[0]).toBe("Greeting");
    expect(names.at(-1)).toBe("Closing");
    expect([...names].sort()).toEqual(
      ["Acknowledge the offense", "Closing", "Commit to change", "Express genuine regret", "Greeting", "Offer to make amends", "Take full responsibility"].sort(),
    );
    const responsibility = symbols.find((s) => s.name === "Take full responsibility")!;
    expect(responsibility.children!.map((c) => c.name)).toContainEqual(expect.stringMatching(/^I take full responsibility for the error in quality control/));
  });

  it("shows the scorecard in a code lens on the first line", async () => {
    const uri = letterUri("lens");
    await client.open(uri, withoutElement(seedText("seed-4"), "change"));
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses).toHaveLength(1);
    expect(lenses![0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(lenses![0]!.command!.title).toMatch(/^Apology 4\/5 · missing: commit to change · \d+ words$/);
  });

  it("re-analyzes when the configuration changes", async () => {
    const uri = letterUri("config");
    const before = await client.open(uri, withoutElement(seedText("seed-4"), "change"));
    expect(codes(before)).toContain("missing-change");
    const next = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === "missing-change"));
    await client.changeSettings({ rules: { "missing-change": "off" } });
    expect(codes(await next)).not.toContain("missing-change");
    await client.changeSettings({});
  });

  it("names a malformed setting once and falls back to the default", async () => {
    const message = client.nextMessage((m) => m.includes("maxWords"));
    await client.changeSettings({ maxWords: "a page" });
    const uri = letterUri("bad-setting");
    const diagnostics = await client.open(uri, withoutElement(seedText("seed-1"), "change"));
    expect(await message).toBe('Apology Lint: settings: "maxWords" must be a positive whole number. The defaults apply to those parts.');
    expect(codes(diagnostics)).toContain("missing-change");
    await client.changeSettings({});
  });

  it("leaves a README in the same workspace alone, even one that greets and apologizes", async () => {
    const readme = "Hi there,\n\nSorry, the docs are not finished. Run `npm ci` first.\n";
    expect(await client.open("file:///tmp/apology-lint-tests/README.md", readme, "markdown")).toEqual([]);
    expect(await client.open("file:///tmp/apology-lint-tests/project/notes.md", "# Notes\n\nSorry for the delay.\n", "markdown")).toEqual([]);
  });

  it("serves Neovim's plain text (language `text`), and fixes diagnostics handed back without a source", async () => {
    const uri = letterUri("neovim");
    const diagnostics = await client.open(uri, withoutElement(seedText("seed-4"), "change"), "text");
    const missing = diagnostics.find((d) => d.code === "missing-change")!;
    expect(missing).toBeDefined();
    const { source: _dropped, ...withoutSource } = missing;
    const titles = (await quickFixes(uri, withoutSource)).map((a) => a.title);
    expect(titles[0]).toBe('Add: "We are reviewing our billing checks to ensure this does not happen again."');
  });

  it("answers requests for unknown documents without failing", async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: "file:///nowhere.txt" }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: "file:///nowhere.txt" } });
    expect(symbols).toEqual([]);
  });
});

describe("language server with pull diagnostics", () => {
  it("answers textDocument/diagnostic with the findings", async () => {
    const client = await TestClient.start({ pull: true });
    try {
      const diagnostics = await client.open("file:///tmp/apology-lint-tests/letters/pull.txt", withoutElement(seedText("seed-3"), "regret"));
      expect(codes(diagnostics)).toContain("missing-regret");
    } finally {
      await client.stop();
    }
  });
});
