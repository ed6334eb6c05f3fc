// The detection bar on every labelled set used for development, measured through the built CLI
// exactly as the shared score-corpus tool measures it. `npm test` builds dist/cli.js first.
// Sets kept unseen to judge generalization (see fixtures/BLIND-SETS.md) are not listed here.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ELEMENTS, loadCorpus, MISTAKES, mistakesMacroF1, runCli, scoreCorpus, type CorpusScore } from "./corpus-score.mjs";

const CLI = join(__dirname, "..", "dist", "cli.js");
const SETS = ["corpus", "blind-1", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7", "blind-8", "blind-9"];

const ELEMENTS_MACRO_BAR = 0.92;
const ELEMENT_BAR = 0.88;
const MISTAKES_MACRO_BAR = 0.85;
const MISTAKE_BAR = 0.7;

describe.each(SETS)("%s", (set) => {
  const { labels, files } = loadCorpus(join(__dirname, "fixtures", set));
  const labeled = MISTAKES.filter((m) => labels.some((l) => l.mistakes.includes(m)));

  let score: CorpusScore;
  beforeAll(() => {
    score = scoreCorpus(labels, runCli(CLI, files));
  });

  /** The misses that concern one element or mistake code, to say why a bar failed. */
  const missesOf = (id: string): string => score.misses.filter((m) => m.includes(`: ${id} `)).join("\n");

  it(`elements macro-F1 is at least ${ELEMENTS_MACRO_BAR}`, () => {
    expect(score.elementsMacroF1, ELEMENTS.map(missesOf).filter(Boolean).join("\n")).toBeGreaterThanOrEqual(ELEMENTS_MACRO_BAR);
  });

  it.each(ELEMENTS)(`%s has macro-F1 at least ${ELEMENT_BAR}`, (element) => {
    expect(score.elements[element]!.macroF1, missesOf(element)).toBeGreaterThanOrEqual(ELEMENT_BAR);
  });

  it(`mistakes macro-F1 is at least ${MISTAKES_MACRO_BAR}`, () => {
    expect(mistakesMacroF1(score.mistakes, MISTAKES), MISTAKES.map(missesOf).filter(Boolean).join("\n")).toBeGreaterThanOrEqual(MISTAKES_MACRO_BAR);
  });

  it.each(labeled)(`%s has F1 at least ${MISTAKE_BAR}`, (code) => {
    expect(score.mistakes[code]!.f1, missesOf(code)).toBeGreaterThanOrEqual(MISTAKE_BAR);
  });
});
