import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CodeActionRequest, CodeLensRequest, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest } from "vscode-languageserver-protocol/node";
import { TestClient } from "../lsp/lsp-client";
import { CORPUS_LETTERS } from "./hostile-text";

const ROOT = join(__dirname, "..", "..");
const NO_NETWORK = join(__dirname, "no-network.cjs");
const NETWORK_MODULES = /require\("(?:node:)?(net|http|https|tls|dgram|dns|http2|undici)"\)|\bfetch\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b/g;

/** Which bundled module (esbuild marks each with a `// path` comment) uses which network API. */
function networkUseByModule(bundle: string): Record<string, string[]> {
  const found: Record<string, Set<string>> = {};
  let module = "(entry)";
  for (const line of readFileSync(join(ROOT, "dist", bundle), "utf8").split("\n")) {
    const marker = /^\/\/ ((?:node_modules|server|client)\/\S+)$/.exec(line);
    if (marker) module = marker[1]!;
    else for (const m of line.matchAll(NETWORK_MODULES)) (found[module] ??= new Set()).add(m[0]);
  }
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, [...v]]));
}

describe("privacy: nothing opens a network connection", () => {
  it("the bundles use no network API, except vscode-jsonrpc's socket and pipe transports (server and client)", () => {
    expect(networkUseByModule("cli.js")).toEqual({});
    const transportOnly = { "node_modules/vscode-jsonrpc/lib/node/main.js": ['require("net")'] };
    expect(networkUseByModule("server.js")).toEqual(transportOnly);
    expect(networkUseByModule("extension.js")).toEqual(transportOnly);
  });

  it("a full server session works with every network API stubbed to throw", async () => {
    const previous = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${previous ?? ""} --require ${NO_NETWORK}`.trim();
    let client: TestClient;
    try {
      client = await TestClient.start();
    } finally {
      if (previous === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = previous;
    }
    try {
      const dir = mkdtempSync(join(tmpdir(), "apology-lint-privacy-"));
      const uri = pathToFileURL(join(dir, "letter.apology")).href;
      const diagnostics = await client.open(uri, CORPUS_LETTERS[4]!, "apology-letter");
      expect(diagnostics.length).toBeGreaterThan(0);
      const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
      expect(actions?.length).toBeGreaterThan(0);
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostics[0]!.range.start })).not.toBeNull();
      expect((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }))?.length).toBeGreaterThan(0);
      expect((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))?.length).toBe(1);
      expect(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "apology-lint.report", arguments: [uri] })).toMatch(/^# Apology report/);
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "apology-lint.learn", arguments: [String(diagnostics[0]!.code)] });
      expect(client.shownDocuments[0]).toMatch(/^file:/);
      expect(client.stderr).not.toContain("NETWORK ATTEMPT");
    } finally {
      await client.stop();
    }
  });

  it("the CLI works with every network API stubbed to throw (json, sarif, --fix)", () => {
    const dir = mkdtempSync(join(tmpdir(), "apology-lint-privacy-"));
    writeFileSync(join(dir, "letter.md"), CORPUS_LETTERS[5]!);
    for (const args of [["--format", "json"], ["--format", "sarif"], ["--fix"]]) {
      const result = spawnSync(process.execPath, ["--require", NO_NETWORK, join(ROOT, "dist", "cli.js"), ...args, "letter.md"], { cwd: dir, encoding: "utf8" });
      expect(result.stderr).not.toContain("NETWORK ATTEMPT");
      expect([0, 1]).toContain(result.status);
      expect(result.stdout.length).toBeGreaterThan(10);
    }
  });

  it("the stub really blocks: a connection attempt under it fails and is reported", () => {
    const result = spawnSync(process.execPath, ["--require", NO_NETWORK, "-e", "try { require('https').get('https://example.com') } catch {} try { fetch('https://example.com') } catch {}"], { encoding: "utf8" });
    expect(result.stderr).toContain("NETWORK ATTEMPT: https.get");
    expect(result.stderr).toContain("NETWORK ATTEMPT: fetch");
  });
});

describe("the VS Code client", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  it("declares untrusted workspaces supported (it runs no workspace code) and virtual workspaces limited (config files there are not read)", () => {
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe("limited");
  });

  it("leaves vscode-languageclient's restart-on-crash on: no errorHandler or connectionOptions.maxRestartCount override", () => {
    const source = readFileSync(join(ROOT, "client", "src", "extension.ts"), "utf8");
    expect(source).not.toMatch(/errorHandler|maxRestartCount|CloseAction\.DoNotRestart/);
  });
});
