import type { Config } from "../config";
import type { Offense } from "../letter/offense";
import type { Letter, Sentence } from "../letter";
import type { ElementId, Elements, Fix, Severity, Situation, Span } from "../types";

export interface RuleMeta {
  /** The diagnostic code, e.g. `blame-shifting`; also the name of `docs/rules/<id>.md`. */
  readonly id: string;
  /** One line: what the rule finds. */
  readonly description: string;
  /** The guide's advice the rule encodes, shown in hovers and docs. */
  readonly advice: string;
  readonly defaultSeverity: Severity;
  /** True when the rule computes fixes for (some of) its findings. */
  readonly fixable: boolean;
}

/** Everything a rule may read: the letter and what the element detectors made of it. */
export interface RuleContext {
  readonly letter: Letter;
  readonly elements: Elements;
  /** The sentences that do each element's job. */
  readonly evidence: Readonly<Record<ElementId, readonly Sentence[]>>;
  readonly situation: Situation;
  readonly offense: Offense;
  readonly config: Config;
  /** Words in the body, between greeting and closing. */
  readonly bodyWords: number;
}

/** What a rule reports; the runner adds the code and the configured severity. */
export interface RuleFinding extends Span {
  readonly message: string;
  readonly fixes?: readonly Fix[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): RuleFinding[];
}
