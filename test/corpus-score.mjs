// Scores CLI results (the JSON contract of PRODUCT.md) against a corpus's labels.json, with the
// same maths as the shared tools/score-corpus.mjs, so `npm run eval`, the corpus test and the
// shared tool always agree on a number.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ELEMENTS = /** @type {const} */ (["acknowledge", "responsibility", "regret", "amends", "change"]);
export const MISTAKES = /** @type {const} */ ([
  "blame-shifting", "conditional-apology", "generic-apology", "casual-tone", "jargon",
  "unfilled-placeholder", "missing-greeting", "missing-signoff", "too-long", "misspelling",
  "vague-commitment", "late-apology",
]);

/**
 * @typedef {{ id: string, file: string, situation: string,
 *   elements: Record<string, boolean>, mistakes: string[] }} Label
 * @typedef {{ file: string, elements?: Record<string, { present: boolean } | boolean>,
 *   diagnostics?: Array<{ code: unknown }>, error?: string }} CliResult
 * @typedef {{ precision: number, recall: number, f1: number }} Prf
 * @typedef {{ accuracy: number, f1Present: number, f1Absent: number, macroF1: number }} ElementScore
 * @typedef {Prf & { labeled: number, tp: number, fp: number, fn: number }} MistakeScore
 * @typedef {{ letters: number, elements: Record<string, ElementScore>, elementsMacroF1: number,
 *   mistakes: Record<string, MistakeScore>, mistakesMacroF1: number, misses: string[] }} CorpusScore
 */

/** Thrown when results break the contract: the caller reports it, it is not a low score. */
export class ContractError extends Error {}

/**
 * Reads a corpus folder's labels, optionally only the letters whose ids are listed.
 * @param {string} dir
 * @param {ReadonlySet<string>} [only]
 * @returns {{ labels: Label[], files: string[] }}
 */
export function loadCorpus(dir, only) {
  /** @type {Label[]} */
  let labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
  if (only) labels = labels.filter((l) => only.has(l.id));
  return { labels, files: labels.map((l) => join(dir, l.file)) };
}

/**
 * Runs a built CLI once over all files with `--format json` and returns its parsed array.
 * @param {string} cliPath path of dist/cli.js
 * @param {readonly string[]} files
 * @returns {CliResult[]}
 */
export function runCli(cliPath, files) {
  const run = spawnSync(process.execPath, [cliPath, "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new ContractError(`could not run ${cliPath}: ${run.error.message}`);
  /** @type {unknown} */
  let results;
  try {
    results = JSON.parse(run.stdout);
  } catch {
    throw new ContractError(`output is not JSON (exit ${run.status}); stderr: ${run.stderr.slice(0, 400)}`);
  }
  if (!Array.isArray(results) || results.length !== files.length) {
    const got = Array.isArray(results) ? results.length : typeof results;
    throw new ContractError(`expected a JSON array of ${files.length} results, got ${got}`);
  }
  return results;
}

/**
 * Precision, recall and F1; an empty denominator counts as perfect, as in the shared tool.
 * @param {number} tp @param {number} fp @param {number} fn
 * @returns {Prf}
 */
export function prf(tp, fp, fn) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * @param {CliResult} result @param {string} element
 * @returns {boolean}
 */
function reportedPresent(result, element) {
  const value = result.elements?.[element];
  if (typeof value === "boolean") return value;
  if (value && typeof value.present === "boolean") return value.present;
  throw new ContractError(`result for ${result.file} has no elements.${element}.present`);
}

/**
 * Scores results (one per label, same order) against the labels.
 * @param {readonly Label[]} labels
 * @param {readonly CliResult[]} results
 * @returns {CorpusScore}
 */
export function scoreCorpus(labels, results) {
  /** @type {string[]} */
  const misses = [];
  const counts = {
    elements: Object.fromEntries(ELEMENTS.map((e) => [e, { ok: 0, tp: 0, fp: 0, fn: 0, tn: 0 }])),
    mistakes: Object.fromEntries(MISTAKES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])),
  };
  labels.forEach((label, i) => {
    const result = results[i];
    if (!result) throw new ContractError(`no result for ${label.id}`);
    for (const e of ELEMENTS) {
      const want = label.elements[e] === true;
      const got = reportedPresent(result, e);
      const c = /** @type {{ ok: number, tp: number, fp: number, fn: number, tn: number }} */ (counts.elements[e]);
      if (want === got) c.ok++;
      if (want && got) c.tp++;
      else if (!want && !got) c.tn++;
      else if (got) (c.fp++, misses.push(`${label.id}: ${e} reported present, labeled absent`));
      else (c.fn++, misses.push(`${label.id}: ${e} reported absent, labeled present`));
    }
    const codes = new Set((result.diagnostics ?? []).map((d) => String(d.code)));
    for (const m of MISTAKES) {
      const want = label.mistakes.includes(m);
      const got = codes.has(m);
      const c = /** @type {{ tp: number, fp: number, fn: number }} */ (counts.mistakes[m]);
      if (want && got) c.tp++;
      else if (got) (c.fp++, misses.push(`${label.id}: ${m} reported, not labeled`));
      else if (want) (c.fn++, misses.push(`${label.id}: ${m} labeled, not reported`));
    }
  });

  /** @type {Record<string, ElementScore>} */
  const elements = {};
  for (const [e, c] of Object.entries(counts.elements)) {
    // "absent" is the other class: a false positive for present is a false negative for absent.
    const f1Present = prf(c.tp, c.fp, c.fn).f1;
    const f1Absent = prf(c.tn, c.fn, c.fp).f1;
    elements[e] = { accuracy: labels.length ? c.ok / labels.length : 1, f1Present, f1Absent, macroF1: (f1Present + f1Absent) / 2 };
  }
  /** @type {Record<string, MistakeScore>} */
  const mistakes = {};
  for (const [m, c] of Object.entries(counts.mistakes)) mistakes[m] = { ...c, labeled: c.tp + c.fn, ...prf(c.tp, c.fp, c.fn) };

  return {
    letters: labels.length,
    elements,
    elementsMacroF1: mean(Object.values(elements).map((s) => s.macroF1)),
    mistakes,
    mistakesMacroF1: mistakesMacroF1(mistakes, MISTAKES),
    misses,
  };
}

/**
 * Macro-F1 over the given mistake codes that have at least one labeled letter (0 when none has).
 * @param {Readonly<Record<string, MistakeScore>>} mistakes
 * @param {readonly string[]} codes
 * @returns {number}
 */
export function mistakesMacroF1(mistakes, codes) {
  const labeled = codes.map((c) => mistakes[c]).filter((s) => s !== undefined && s.labeled > 0);
  return labeled.length ? mean(labeled.map((s) => /** @type {MistakeScore} */ (s).f1)) : 0;
}

/** @param {number[]} values */
function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** @param {number} x */
const round3 = (x) => +x.toFixed(3);
/** @param {number} x @param {number} width */
const cell = (x, width) => x.toFixed(3).padStart(width);

/**
 * The human table of the shared tool, with the misses when asked, ending with the summary line.
 * @param {CorpusScore} score
 * @param {{ misses?: boolean }} [options]
 * @returns {string}
 */
export function formatScore(score, options = {}) {
  const out = [`letters: ${score.letters}`, "element          accuracy  F1(present)  F1(absent)  macroF1"];
  for (const [e, s] of Object.entries(score.elements)) {
    out.push(`${e.padEnd(16)} ${cell(s.accuracy, 8)}  ${cell(s.f1Present, 11)}  ${cell(s.f1Absent, 10)}  ${cell(s.macroF1, 7)}`);
  }
  out.push("mistake               labeled  precision  recall     F1");
  for (const [m, s] of Object.entries(score.mistakes)) {
    out.push(`${m.padEnd(21)} ${String(s.labeled).padStart(7)}  ${cell(s.precision, 9)}  ${cell(s.recall, 6)}  ${cell(s.f1, 5)}`);
  }
  if (options.misses) out.push("", "misses:", ...score.misses.map((m) => `  ${m}`));
  out.push(`elements macro-F1 ${round3(score.elementsMacroF1)}, mistakes macro-F1 ${round3(score.mistakesMacroF1)}`);
  return out.join("\n");
}

/**
 * The shared tool's one-line JSON summary (figures rounded to 3 places).
 * @param {CorpusScore} score
 */
export function summaryOf(score) {
  return {
    letters: score.letters,
    elements: Object.fromEntries(
      Object.entries(score.elements).map(([e, s]) => [e, { accuracy: round3(s.accuracy), macroF1: round3(s.macroF1) }]),
    ),
    mistakes: Object.fromEntries(
      Object.entries(score.mistakes).map(([m, s]) => [
        m,
        { labeled: s.labeled, precision: round3(s.precision), recall: round3(s.recall), f1: round3(s.f1) },
      ]),
    ),
    elementsMacroF1: round3(score.elementsMacroF1),
    mistakesMacroF1: round3(score.mistakesMacroF1),
  };
}
