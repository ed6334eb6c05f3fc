import type { Rule } from "./rule";

export type { Rule, RuleContext, RuleFinding, RuleMeta } from "./rule";

/** Every mistake rule, in the order of corpus/LABELING.md. Add a rule here and nowhere else. */
export const RULES: readonly Rule[] = [];
