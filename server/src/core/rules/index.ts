import { blameShifting } from "./blame-shifting";
import { casualTone } from "./casual-tone";
import { conditionalApology } from "./conditional-apology";
import { genericApology } from "./generic-apology";
import { jargon } from "./jargon";
import { lateApology } from "./late-apology";
import { missingGreeting } from "./missing-greeting";
import { missingSignoff } from "./missing-signoff";
import { misspelling } from "./misspelling";
import type { Rule } from "./rule";
import { tooLong } from "./too-long";
import { unfilledPlaceholder } from "./unfilled-placeholder";
import { vagueCommitment } from "./vague-commitment";

export type { Rule, RuleContext, RuleFinding, RuleMeta } from "./rule";

/** Every mistake rule, in the order of corpus/LABELING.md. Add a rule here and nowhere else. */
export const RULES: readonly Rule[] = [blameShifting, conditionalApology, genericApology, casualTone, jargon, unfilledPlaceholder, missingGreeting, missingSignoff, tooLong, misspelling, vagueCommitment, lateApology];
