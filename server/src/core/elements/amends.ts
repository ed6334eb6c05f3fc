import type { Letter, Sentence } from "../letter";
import { isConditional, isNegated } from "../lexicon/clauses";
import type { ElementDetector } from "./detector";

/** Concrete remedies, as nouns and as verbs done for the customer. */
const REMEDY = new RegExp(
  [
    String.raw`\b(?:full\s+|partial\s+)?(?:refund(?:ed|ing)?|reimburs\w*|voucher|coupon|gift\s+card|store\s+credit|account\s+credit|credit(?:ed)?|discount(?:ed)?|replacement|compensat\w*|complimentary|free\s+of\s+charge|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|on\s+us|waived?|waiving|reversed?|reversing|upgraded?|re-?ship\w*|resen[dt]\w*|reissu\w*|rebook\w*|reinstat\w*|restored?|expedit\w*|priority\s+appointment|personal\s+point\s+of\s+contact|direct\s+contact|dedicated\s+(?:line|contact|manager)|point\s+of\s+contact)\b`,
    String.raw`\b(?:I|we)(?:\s+(?:have|will|would\s+like\s+to|are\s+going\s+to|can|'ll|have\s+already|already))?\s+(?:\w+\s+)?(?:replace[ds]?|repair(?:ed)?|fix(?:ed)?|correct(?:ed)?|cancel(?:led|ed)?|send|sent|cover(?:ed)?|pay|paid|book(?:ed)?|arrange[ds]?|collect(?:ed)?|refund(?:ed)?|credit(?:ed)?)\b`,
    String.raw`\d+\s?%\s+off\b|[$£€]\s?\d|\b\d+(?:\.\d+)?\s?(?:USD|EUR|GBP|dollars|pounds|euros)\b`,
  ].join("|"),
  "gi",
);

/** Offers that promise nothing particular. */
const VAGUE = /\b(?:let\s+us\s+know|reach\s+out|feel\s+free|do\s+not\s+hesitate|don['\u2019]t\s+hesitate|anything\s+(?:else\s+)?(?:we|I)\s+can\s+do)\b/i;
/** A policy or a statement about the customer's rights, not an offer. */
const POLICY = /\b(?:refunds?|credits?|replacements?)\s+(?:are|is)\s+(?:only\s+)?(?:available|issued|given|provided)\s+(?:within|for|to|when|if|under)\b|\bterms\s+and\s+conditions\b/i;

/** True when the sentence offers or reports a concrete remedy for this customer. */
export function offersAmends(text: string): boolean {
  if (POLICY.test(text)) return false;
  for (const m of text.matchAll(REMEDY)) {
    if (isNegated(text, m.index, 40)) continue;
    if (isConditional(text, m.index)) continue;
    if (VAGUE.test(text) && !/[$£€%\d]/.test(text)) continue;
    return true;
  }
  return false;
}

export const amends: ElementDetector = {
  id: "amends",
  title: "Offer to make amends",
  label: "offer amends",
  advice: "Offer a specific remedy (a refund, replacement, voucher, corrected charge or a named person to contact), not just \"let us know if there is anything we can do\".",
  example: "To make it right, I'd like to provide you with a voucher for your next purchase.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => offersAmends(s.own)),
};
