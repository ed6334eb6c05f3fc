#!/usr/bin/env node
// `npm run bench`: how fast the bundled analysis core is, next to write-good on the same text.
//
// Times (a) one sample letter of the guide and (b) the five samples repeated into one document of
// about 57,000 words (one analysis call), then ms per 1000 words at 5k/20k/57k words to show the
// time is linear in length. Prints a table, PASS/FAIL against PRODUCT.md's bar, and one JSON line
// last. It is a measurement, not a test: it exits 0 whatever the figures.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

// The core bundled the way the shipped CLI and server bundle it, with the V8 regexp setting their
// entry points make first, so the figures are theirs.
const coreBundle = join(root, "out", "bench", "core.cjs");
await build({
  stdin: { contents: 'import "./server/src/regexp-compilation";\nexport * from "./server/src/core";\n', resolveDir: root, loader: "ts" },
  outfile: coreBundle,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
/** @type {typeof import("../server/src/core")} */
const core = require(coreBundle);
/** @type {(text: string) => unknown[]} */
const writeGood = require("write-good");

const LETTER_BAR_MS = 0.5;
const LARGE_BAR_MS = 100;
const LARGE_WORDS = 57_000;

const samples = [1, 2, 3, 4, 5].map((n) => readFileSync(join(root, "test", "fixtures", "corpus", `seed-${n}.txt`), "utf8"));
/** @param {string} text */
const wordsIn = (text) => text.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;

/** The five samples in turn, as many as it takes to reach `words` words, as one document. */
function samplesOf(/** @type {number} */ words) {
  const parts = [];
  for (let total = 0, i = 0; total < words; i++) {
    const letter = /** @type {string} */ (samples[i % samples.length]);
    parts.push(letter);
    total += wordsIn(letter);
  }
  return parts.join("\n\n");
}

/**
 * Times `fn` once per iteration after a warm-up; figures in milliseconds.
 * @param {() => unknown} fn
 * @param {{ warmup: number, iterations: number }} counts
 */
function measure(fn, { warmup, iterations }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    times[i] = performance.now() - t0;
  }
  times.sort();
  const total = times.reduce((a, b) => a + b, 0);
  const at = (/** @type {number} */ q) => /** @type {number} */ (times[Math.min(iterations - 1, Math.floor(q * iterations))]);
  return { median: at(0.5), p95: at(0.95), ops: (iterations * 1000) / total };
}

const analyzeText = (/** @type {string} */ text) => () => core.analyze(text, { format: "plaintext" });
const checkText = (/** @type {string} */ text) => () => writeGood(text);

const letter = /** @type {string} */ (samples[0]);
const large = samplesOf(LARGE_WORDS);
const rows = [
  { input: `seed-1 (${wordsIn(letter)} words)`, tool: "apology-lint", ...measure(analyzeText(letter), { warmup: 500, iterations: 3000 }) },
  { input: `seed-1 (${wordsIn(letter)} words)`, tool: "write-good", ...measure(checkText(letter), { warmup: 200, iterations: 2000 }) },
  { input: `seed-1..5 (${wordsIn(large)} words)`, tool: "apology-lint", ...measure(analyzeText(large), { warmup: 5, iterations: 30 }) },
  { input: `seed-1..5 (${wordsIn(large)} words)`, tool: "write-good", ...measure(checkText(large), { warmup: 2, iterations: 20 }) },
];
const [letterCore, letterWg, largeCore, largeWg] = /** @type {[typeof rows[0], typeof rows[0], typeof rows[0], typeof rows[0]]} */ (rows);

const linearity = [
  ...[5_000, 20_000].map((target) => {
    const text = samplesOf(target);
    return { words: wordsIn(text), median: measure(analyzeText(text), { warmup: 3, iterations: 40 }).median };
  }),
  { words: wordsIn(large), median: largeCore.median },
].map((l) => ({ ...l, msPer1000Words: (l.median * 1000) / l.words }));
const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;

const ms = (/** @type {number} */ x) => x.toFixed(3);
console.log("input                      tool          median ms    p95 ms       ops/s");
for (const r of rows) {
  console.log(`${r.input.padEnd(26)} ${r.tool.padEnd(12)} ${ms(r.median).padStart(10)} ${ms(r.p95).padStart(9)} ${r.ops.toFixed(0).padStart(11)}`);
}
console.log("\nlinear in length? (apology-lint, median)");
for (const l of linearity) console.log(`  ${String(l.words).padStart(6)} words  ${ms(l.median).padStart(9)} ms  ${ms(l.msPer1000Words)} ms per 1000 words`);
console.log(`\nheap used after: ${heapUsedMB.toFixed(1)} MB`);

const bars = {
  letterUnderBar: letterCore.median < LETTER_BAR_MS,
  largeUnderBar: largeCore.median < LARGE_BAR_MS,
  letterFasterThanWriteGood: letterCore.median < letterWg.median,
  largeFasterThanWriteGood: largeCore.median < largeWg.median,
};
const verdict = (/** @type {boolean} */ ok) => (ok ? "PASS" : "FAIL");
console.log("");
console.log(`${verdict(bars.letterUnderBar)}  one letter median ${ms(letterCore.median)} ms < ${LETTER_BAR_MS} ms`);
console.log(`${verdict(bars.largeUnderBar)}  ${wordsIn(large)} words median ${ms(largeCore.median)} ms < ${LARGE_BAR_MS} ms`);
console.log(`${verdict(bars.letterFasterThanWriteGood)}  one letter faster than write-good (${ms(letterWg.median)} ms)`);
console.log(`${verdict(bars.largeFasterThanWriteGood)}  ${wordsIn(large)} words faster than write-good (${ms(largeWg.median)} ms)`);

const figures = (/** @type {typeof rows[0]} */ r) => ({ median: +ms(r.median), p95: +ms(r.p95), ops: Math.round(r.ops) });
console.log(
  JSON.stringify({
    letter: { words: wordsIn(letter), apologyLint: figures(letterCore), writeGood: figures(letterWg) },
    large: { words: wordsIn(large), apologyLint: figures(largeCore), writeGood: figures(largeWg) },
    msPer1000Words: Object.fromEntries(linearity.map((l) => [l.words, +ms(l.msPer1000Words)])),
    heapUsedMB: +heapUsedMB.toFixed(1),
    pass: bars,
  }),
);
