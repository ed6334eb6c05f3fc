#!/usr/bin/env node
// `npm run eval`: scores the built CLI (dist/cli.js) on test/fixtures/corpus, or another labelled
// set (test/fixtures/blind-1, blind-2).
//
//   node scripts/eval.mjs [--corpus DIR] [--misses] [--only ID,ID]
//
// Prints the per-element and per-mistake table of the shared score-corpus tool, then its JSON
// summary line. Exit status: 0 when scored, 2 when the CLI could not be run or broke the contract.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ContractError, formatScore, loadCorpus, runCli, scoreCorpus, summaryOf } from "../test/corpus-score.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
let corpus = join(root, "test", "fixtures", "corpus");

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

let misses = false;
/** @type {Set<string> | undefined} */
let only;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === "--misses") misses = true;
  else if (arg === "--only" && argv[i + 1]) only = new Set(argv[++i].split(","));
  else if (arg === "--corpus" && argv[i + 1]) corpus = argv[++i];
  else fail(`unknown argument ${arg}\nusage: node scripts/eval.mjs [--corpus DIR] [--misses] [--only ID,ID]`);
}
if (!existsSync(cli)) fail(`${cli} does not exist: run npm run build (npm run eval does)`);

try {
  const { labels, files } = loadCorpus(corpus, only);
  if (labels.length === 0) fail("no letter matches --only");
  const score = scoreCorpus(labels, runCli(cli, files));
  console.log(formatScore(score, { misses }));
  console.log(JSON.stringify(summaryOf(score)));
} catch (error) {
  if (error instanceof ContractError) fail(error.message);
  throw error;
}
