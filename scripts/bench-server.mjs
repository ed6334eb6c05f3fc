// Times the language server over stdio, as an editor meets it: server start to first
// diagnostics, and a keystroke (didChange) to its diagnostics, on a one-page letter.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node.js";

const SERVER = new URL("../dist/server.js", import.meta.url).pathname;
const LETTER = readFileSync(new URL("../test/fixtures/corpus/dev-001.txt", import.meta.url), "utf8");
const URI = "file:///bench/letters/letter.txt";
const STARTS = 15;
const KEYSTROKES = 300;

async function startServer() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => waiters.get(p.version)?.(p));
  connection.onRequest(() => null);
  connection.listen();
  const published = (version) => new Promise((resolve) => waiters.set(version, resolve));
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  const first = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: "plaintext", version: 1, text: LETTER } });
  await first;
  return { child, connection, published, startMs: performance.now() - t0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const fmt = (ms) => `${ms.toFixed(2)} ms`;

const starts = [];
for (let i = 0; i < STARTS; i++) {
  const { child, connection, startMs } = await startServer();
  starts.push(startMs);
  connection.dispose();
  child.kill();
}

const { child, connection, published } = await startServer();
const keystrokes = [];
for (let version = 2; version < KEYSTROKES + 2; version++) {
  const t0 = performance.now();
  const done = published(version);
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: URI, version },
    contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: version % 2 ? "a" : "" }],
  });
  await done;
  keystrokes.push(performance.now() - t0);
}
connection.dispose();
child.kill();

const startMedian = median(starts);
const keyMedian = median(keystrokes);
console.log("language server over stdio (one-page letter: test/fixtures/corpus/dev-001.txt)");
console.log(`  server start to first diagnostics  median ${fmt(startMedian)}  p95 ${fmt(p95(starts))}  (${STARTS} starts)   bar 300 ms: ${startMedian <= 300 ? "PASS" : "FAIL"}`);
console.log(`  didChange to its diagnostics       median ${fmt(keyMedian)}  p95 ${fmt(p95(keystrokes))}  (${KEYSTROKES} edits)   bar 20 ms: ${keyMedian <= 20 ? "PASS" : "FAIL"}`);
console.log(JSON.stringify({ serverStartMedianMs: +startMedian.toFixed(2), didChangeMedianMs: +keyMedian.toFixed(2), didChangeP95Ms: +p95(keystrokes).toFixed(2) }));
