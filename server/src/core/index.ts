export { analyze, RULE_IDS, type Analysis, type AnalyzeOptions, type LetterStats } from "./analyze";
export { byElement, ELEMENT_DETECTORS, type ElementDetector } from "./elements";
export { RULES, type Rule, type RuleContext, type RuleFinding, type RuleMeta } from "./rules";
export type { Letter, Sentence } from "./letter";
export { formatOf, type DocumentFormat } from "./parse";
export { LineIndex, type Position, type Range } from "./text/line-index";
export * from "./types";
export * from "./config";
