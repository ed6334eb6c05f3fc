/** A half-open range of UTF-16 code-unit offsets into the original document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = "error" | "warning" | "information" | "hint";

export const ELEMENT_IDS = ["acknowledge", "responsibility", "regret", "amends", "change"] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export const SITUATIONS = [
  "late-delivery",
  "product-defect",
  "poor-service",
  "billing-error",
  "communication",
  "outage",
  "data-breach",
  "wrong-item",
  "cancellation",
  "privacy",
  "safety",
  "other",
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** One replacement of the original text; several edits of one fix never overlap. */
export interface TextEdit extends Span {
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes are applied by "fix all" and `--fix`; the others are offered one at a time. */
  readonly safe: boolean;
}

export interface Finding extends Span {
  /** The rule id, e.g. `missing-regret` or `blame-shifting`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fixes: readonly Fix[];
}

export interface ElementResult {
  readonly present: boolean;
  /** The sentences that do the element's job, in document order. */
  readonly evidence: readonly Span[];
}

export type Elements = Readonly<Record<ElementId, ElementResult>>;
