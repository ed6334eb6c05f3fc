import { DEFAULT_CONFIG, type Config } from "./config";
import { applyDirectives } from "./directives";
import { byElement, ELEMENT_DETECTORS } from "./elements";
import { missingElementFixes } from "./fixes/missing-element";
import { readLetter, type Letter, type Sentence } from "./letter";
import { findOffense, type Offense } from "./letter/offense";
import { classifySituation } from "./letter/situation";
import type { DocumentFormat } from "./parse";
import { RULES, type RuleContext } from "./rules";
import { countWords } from "./text/words";
import type { ElementId, Elements, Finding, Severity, Situation, Span } from "./types";

export interface AnalyzeOptions {
  readonly format: DocumentFormat;
  readonly config?: Config;
}

export interface LetterStats {
  /** Words between the greeting and the closing: the guide's "one page" is about 400. */
  readonly words: number;
  readonly sentences: number;
  readonly paragraphs: number;
}

export interface Analysis {
  readonly letter: Letter;
  readonly elements: Elements;
  readonly findings: readonly Finding[];
  readonly situation: Situation;
  readonly offense: Offense;
  readonly stats: LetterStats;
}

/** Every code a finding can carry: what configuration may name. */
export const RULE_IDS: ReadonlySet<string> = new Set([
  ...ELEMENT_DETECTORS.map((d) => `missing-${d.id}`),
  ...RULES.map((r) => r.meta.id),
]);

/** Missing acknowledgement, ownership or regret means the letter is not yet an apology. */
const MISSING_SEVERITY: Record<ElementId, Severity> = {
  acknowledge: "error",
  responsibility: "error",
  regret: "error",
  amends: "warning",
  change: "warning",
};

/** Analyzes one letter: parse, split into sentences, find the elements, run the rules. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const config = options.config ?? DEFAULT_CONFIG;
  const letter = readLetter(text, options.format);
  const evidence = byElement((d) => withConfiguredPhrases(letter, d.find(letter), config.vocabulary.elements[d.id]));
  const elements: Elements = byElement((d) => ({
    present: evidence[d.id].length > 0,
    evidence: evidence[d.id].map(({ start, end }) => ({ start, end })),
  }));
  const situation = classifySituation(letter);
  const offense = findOffense(evidence.acknowledge, situation);
  const body = letter.doc.prose.slice(letter.structure.body.start, letter.structure.body.end);
  const stats = {
    words: countWords(body),
    sentences: letter.own.length,
    paragraphs: new Set(letter.own.map((s) => s.paragraph)).size,
  };

  const anchor = missingElementAnchor(letter);
  const facts = { offense: offense.text, concrete: offense.concrete, situation };
  const found: Finding[] = ELEMENT_DETECTORS.filter((d) => !elements[d.id].present).map((d) => ({
    ...anchor,
    code: `missing-${d.id}`,
    severity: MISSING_SEVERITY[d.id],
    message: `The letter does not ${d.label}. ${d.advice}`,
    fixes: missingElementFixes(letter, evidence, d.id, facts),
  }));
  const context: RuleContext = { letter, elements, evidence, situation, offense, config, bodyWords: stats.words };
  for (const rule of RULES) {
    if (config.rules[rule.meta.id] === "off") continue;
    for (const f of rule.check(context)) {
      found.push({ ...f, code: rule.meta.id, severity: rule.meta.defaultSeverity, fixes: f.fixes ?? [] });
    }
  }
  const active = options.format === "markdown" ? applyDirectives(text, found) : found;
  return { letter, elements, findings: configured(active, config), situation, offense, stats };
}

/** Adds the sentences holding a phrase the user configured for this element. */
function withConfiguredPhrases(letter: Letter, found: Sentence[], phrases: readonly string[] | undefined): Sentence[] {
  if (!phrases?.length) return found;
  const wanted = phrases.map((p) => p.toLowerCase());
  const extra = letter.own.filter((s) => !found.includes(s) && wanted.some((p) => s.own.toLowerCase().includes(p)));
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

/** Applies the configured severities; rules set to "off" report nothing. */
function configured(findings: readonly Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.rules[f.code];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A missing element belongs to no words: report it on the greeting, or the letter's first line. */
function missingElementAnchor(letter: Letter): Span {
  if (letter.structure.greeting) return letter.structure.greeting;
  const first = letter.sentences[0];
  if (!first) return { start: 0, end: 0 };
  const lineEnd = letter.doc.text.indexOf("\n", first.start);
  return { start: first.start, end: lineEnd < 0 || lineEnd > first.end ? first.end : lineEnd };
}
