import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type Diagnostic,
} from "vscode-languageserver-protocol/node";
import { analyze, LineIndex } from "../../server/src/core";
import { toDiagnostic } from "../../server/src/protocol/convert";
import { MAX_DOCUMENT_LENGTH } from "../../server/src/protocol/scope";
import { TestClient } from "../lsp/lsp-client";
import { CORPUS_LETTERS, HOSTILE_UNITS, LETTER_PIECES } from "./hostile-text";

const SEED = 4242;
const EDIT_RUNS = 60;
let uriCount = 0;
const uri = (name: string): string => `file:///tmp/apology-lint-robustness/${name}-${++uriCount}.apology`;

/** What a fresh analysis of `text` says, as the server publishes it. */
function expectedDiagnostics(text: string, version: number): Diagnostic[] {
  const lines = new LineIndex(text);
  return analyze(text, { format: "plaintext" }).findings.map((f) => toDiagnostic(f, lines, version));
}

/** Offsets an editor can put a cursor at: never between the \r and \n of one line break. */
const cursorOffset = (text: string, at: number): number => (at > 0 && text[at - 1] === "\r" && text[at] === "\n" ? at - 1 : at);

const edit = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40 }),
  insert: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_UNITS), fc.constantFrom(...LETTER_PIECES), fc.constantFrom("\r\n", "\r", "\n")), { maxLength: 4 }).map((p) => p.join("")),
});

describe("server robustness over stdio", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start();
  });
  afterAll(async () => {
    if (client.stderr) console.error(client.stderr);
    await client.stop();
  });

  /** Sends one incremental change the way an editor does, and returns the diagnostics for that version. */
  async function change(target: string, text: string, version: number, start: number, end: number, insert: string): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const lines = new LineIndex(text);
    const next = client.nextDiagnostics(target, (p) => p.version === version);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: target, version },
      contentChanges: [{ range: lines.range(start, end), text: insert }],
    });
    return { text: text.slice(0, start) + insert + text.slice(end), diagnostics: await next };
  }

  it(`after any sequence of incremental edits (CRLF, CR, surrogates…), diagnostics equal a fresh analysis of the editor's text (${EDIT_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CORPUS_LETTERS.slice(0, 6)), fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 12 }), async (letter, crlf, edits) => {
        const target = uri("edits");
        let text = crlf ? letter.replace(/\r?\n/g, "\r\n") : letter;
        const opened = client.nextDiagnostics(target, (p) => p.version === 1);
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: target, languageId: "apology-letter", version: 1, text } });
        await opened;
        let diagnostics: Diagnostic[] = [];
        let version = 1;
        for (const e of edits) {
          const start = cursorOffset(text, Math.floor(e.from * text.length));
          const end = cursorOffset(text, Math.min(text.length, start + e.length));
          ({ text, diagnostics } = await change(target, text, ++version, start, end, e.insert));
        }
        expect(diagnostics).toEqual(expectedDiagnostics(text, version));
        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: target } });
      }),
      { seed: SEED, numRuns: EDIT_RUNS },
    );
  }, 60_000);

  describe("big and strange documents are analyzed or declined in bounded time, and the server keeps answering", () => {
    const letter = CORPUS_LETTERS[0]!;
    const BIG: Array<[string, () => string]> = [
      ["a 10 MB letter", () => letter.repeat(Math.ceil(10_000_000 / letter.length)).slice(0, 10_000_000)],
      ["a letter just under the size limit", () => letter.repeat(Math.ceil(MAX_DOCUMENT_LENGTH / letter.length)).slice(0, MAX_DOCUMENT_LENGTH)],
      ["a single 1 MB line", () => "We are sorry for the late delivery of your order; it was our fault. ".repeat(15_000).slice(0, 1_000_000)],
      ["1 MB of random bytes read as latin1", () => randomBytes(1_000_000).toString("latin1")],
      ["1 MB of random bytes read as UTF-8", () => randomBytes(1_000_000).toString("utf8")],
      ["100,000 empty lines", () => "\n".repeat(100_000)],
    ];
    const small = uri("small");
    beforeAll(async () => {
      await client.open(small, CORPUS_LETTERS[1]!, "apology-letter");
    });

    for (const [name, make] of BIG) {
      it(name, async () => {
        const text = make();
        const target = uri("big");
        const messagesBefore = client.messages.length;
        const started = performance.now();
        const published = client.nextDiagnostics(target, (p) => p.version === 1);
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: target, languageId: "apology-letter", version: 1, text } });
        // Asked while the big document waits for analysis: answered, never lost.
        const asked = performance.now();
        const symbols = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } }).then((r) => ({ r, at: performance.now() }));
        const diagnostics = await published;
        const done = performance.now();
        const answered = await symbols;
        const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: 2, character: 3 } });
        console.log(`${name}: ${text.length} chars, diagnostics after ${Math.round(done - started)} ms (${diagnostics.length}), a small document's symbols answered after ${Math.round(answered.at - asked)} ms`);
        expect(answered.r?.length).toBeGreaterThan(0);
        expect(hover).not.toBeUndefined();
        expect(done - started).toBeLessThan(10_000); // a hang detector, not a benchmark
        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: target } });
        if (text.length > MAX_DOCUMENT_LENGTH) {
          expect(diagnostics).toEqual([]);
          await client.nextMessage((m) => m.includes("characters, so it is not analyzed"));
          expect(client.messages.slice(messagesBefore).filter((m) => m.includes("characters, so it is not analyzed"))).toHaveLength(1);
        }
      }, 30_000);
    }
  });

  describe("bad configuration: one clear message, and the defaults", () => {
    const CASES: Array<[string, string | "directory", RegExp]> = [
      ["malformed JSON", "{ rules: ", /\.apology-lint\.json: not valid JSON \(.+\); using the defaults/],
      ["wrong types", '{"maxWords": -3, "rules": []}', /"maxWords" must be a positive whole number; .*"rules" must be an object/],
      ["an unknown rule id", '{"rules": {"no-such-rule": "error"}}', /unknown rule "no-such-rule"/],
      ["a directory", "directory", /\.apology-lint\.json: cannot be read \(is a directory\); using the defaults/],
    ];
    for (const [name, config, message] of CASES) {
      it(name, async () => {
        const dir = mkdtempSync(join(tmpdir(), "apology-lint-robust-"));
        if (config === "directory") mkdirSync(join(dir, ".apology-lint.json"));
        else writeFileSync(join(dir, ".apology-lint.json"), config);
        const text = CORPUS_LETTERS[3]!;
        const before = client.messages.length;
        const diagnostics = await client.open(pathToFileURL(join(dir, "letter.apology")).href, text, "apology-letter");
        const shown = await client.nextMessage((m) => m.includes(dir));
        expect(shown).toMatch(message);
        expect(client.messages.slice(before).filter((m) => m.includes(dir))).toHaveLength(1);
        expect(diagnostics).toEqual(expectedDiagnostics(text, 1));
      });
    }

    it("wrong types in the editor settings", async () => {
      const other = await TestClient.start({ settings: { rules: { "no-such-rule": "off", jargon: 3 }, maxWords: "many", include: "**", enable: "yes", vocabulary: { jargon: "(a+)+$" } } });
      try {
        const text = CORPUS_LETTERS[3]!;
        const diagnostics = await other.open(uri("settings"), text, "apology-letter");
        const shown = await other.nextMessage((m) => m.startsWith("Apology Lint: settings:"));
        expect(shown).toContain('"apologyLint.enable" must be true or false');
        expect(shown).toContain('unknown rule "no-such-rule"');
        expect(other.messages).toHaveLength(1);
        expect(diagnostics).toEqual(expectedDiagnostics(text, 1));
      } finally {
        await other.stop();
      }
    });
  });

  describe("malformed and unexpected protocol input is answered or ignored, never fatal", () => {
    /** The server still answers a valid request for a real document. */
    async function stillAlive(): Promise<void> {
      const target = uri("alive");
      const diagnostics = await client.open(target, CORPUS_LETTERS[2]!, "apology-letter");
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(client.process.exitCode).toBeNull();
    }

    it("garbage bytes behind a valid Content-Length header", async () => {
      for (const body of ["{not json", "\u0000\u0001\u0002\u00ff", "[]", "42", "null", '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":99,"method":7}']) {
        const bytes = Buffer.from(body, "utf8");
        client.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]));
      }
      await stillAlive();
    });

    it("unknown methods get MethodNotFound; unknown notifications are ignored", async () => {
      await expect(client.connection.sendRequest("apology-lint/noSuchThing", { x: 1 })).rejects.toMatchObject({ code: -32601 });
      await client.connection.sendNotification("apology-lint/noSuchNotification", { y: 2 });
      await stillAlive();
    });

    it("requests with missing or wrong params, and for documents never opened, answer null or an error", async () => {
      const never = { textDocument: { uri: "file:///nowhere/never-opened.apology" } };
      const outcomes = await Promise.allSettled([
        client.connection.sendRequest(HoverRequest.type, { ...never, position: { line: 0, character: 0 } }),
        client.connection.sendRequest(DocumentSymbolRequest.type, never),
        client.connection.sendRequest("textDocument/hover", {}),
        client.connection.sendRequest("textDocument/hover", null),
        client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: 5 } }),
        client.connection.sendRequest("textDocument/documentSymbol", { textDocument: null }),
        client.connection.sendRequest("textDocument/codeLens", never),
        client.connection.sendRequest("workspace/executeCommand", { command: "apology-lint.fixAll", arguments: [{}] }),
        client.connection.sendRequest("workspace/executeCommand", { command: "apology-lint.report" }),
        client.connection.sendRequest("workspace/executeCommand", { command: "no.such.command", arguments: ["file:///x"] }),
        client.connection.sendRequest("textDocument/hover", { textDocument: { uri: "file:///tmp/apology-lint-robustness/edits-1.apology" }, position: { line: -5, character: 1e12 } }),
      ]);
      for (const o of outcomes) {
        if (o.status === "fulfilled") expect(o.value === null || Array.isArray(o.value) || typeof o.value === "object").toBe(true);
        else expect(typeof (o.reason as { code?: unknown }).code).toBe("number");
      }
      // Notifications with nonsense: a change for an unopened document, a close twice, a bad open.
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: "file:///never.apology", version: 2 }, contentChanges: [{ text: "x" }] });
      await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: "file:///never.apology" } });
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: "file:///bad.apology", languageId: "apology-letter", version: "one", text: 12 } });
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { apologyLint: { rules: 5, maxWords: "many", include: "**", enable: "yes" } } });
      await stillAlive();
    }, 20_000);
  });
});
