import type { Situation, Span } from "../types";
import type { Sentence } from "./sentences";

/** The offense as the letter names it, for fixes that write "… for <offense>". */
export interface Offense {
  readonly text: string;
  /** Where the letter names it; absent when the phrase is the situation's default. */
  readonly span?: Span;
}

const DEFAULT_OFFENSE: Record<Situation, string> = {
  "late-delivery": "the late delivery of your order",
  "product-defect": "the defective product you received",
  "poor-service": "the poor service you received",
  "billing-error": "the billing error on your account",
  communication: "the confusion in our communication",
  outage: "the service outage",
  "data-breach": "the exposure of your personal data",
  "wrong-item": "sending you the wrong item",
  cancellation: "the cancellation of your booking",
  privacy: "the mishandling of your personal information",
  safety: "the safety problem with our product",
  other: "our mistake",
};

/** "sorry for the late delivery of your order" → "the late delivery of your order". */
const FOR_PHRASE =
  /\b(?:sorry|apologi[sz]e|apologies|regret|responsibility|apology)\s+(?:\w+\s+){0,3}?(?:for|about)\s+((?:the|your|our|this|that|my)\s+[^.,;:!?]{3,80}?)(?=\s+(?:and|but|that|which|this|it|as|because|on|when)\b|[.,;:!?]|$)/i;
const GENERIC = /^(?:the|this|that|any|your|our)\s+(?:\w+\s+)?(?:inconvenience|issue|issues|problem|problems|trouble|situation|experience|confusion|frustration|difficult\w*|mix-?up|matter|incident|disappointment|distress)$/i;

/** The offense the letter names in its acknowledging sentences, or the situation's default. */
export function findOffense(acknowledging: readonly Sentence[], situation: Situation): Offense {
  for (const s of acknowledging) {
    const m = FOR_PHRASE.exec(s.own);
    if (!m || GENERIC.test(m[1]!.trim())) continue;
    const phrase = m[1]!.trim();
    const start = s.start + m.index + m[0].lastIndexOf(phrase);
    return { text: phrase.replace(/^(?:this|that)\s+/i, "the "), span: { start, end: start + phrase.length } };
  }
  return { text: DEFAULT_OFFENSE[situation] };
}
