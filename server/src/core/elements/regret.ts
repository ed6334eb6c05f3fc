import type { Letter, Sentence } from "../letter";
import { isConditional, isNegated } from "../lexicon/clauses";
import type { ElementDetector } from "./detector";

const INTENSIFIER = String.raw`(?:(?:so|very|truly|deeply|sincerely|terribly|really|genuinely|extremely|incredibly|most|awfully|profoundly|personally|humbly|also|again|just|still|all|both)\s+)*`;

/** The apology formula in its common shapes; each match is checked against the traps below. */
const APOLOGY = new RegExp(
  [
    String.raw`\b(?:I|we)(?:\s*['\u2019](?:m|re|ve been)|\s+(?:am|are|was|were|have been|feel|felt|remain))?\s+${INTENSIFIER}sorry\b`,
    String.raw`(?:^|[.!?]\s+)${INTENSIFIER}sorry\b`,
    String.raw`\b(?:I|we)\s+${INTENSIFIER}(?:(?:want|wanted|would like|wish|need)\s+to\s+${INTENSIFIER}|must\s+${INTENSIFIER}|can\s+only\s+)?apologi[sz]e\b`,
    String.raw`\b(?:please\s+accept|you\s+have|you\s+deserve|we\s+owe\s+you|I\s+owe\s+you|offer(?:ing)?)\s+(?:my|our|an?)\s+(?:\w+\s+){0,2}apolog(?:y|ies)\b`,
    String.raw`\b(?:my|our)\s+(?:\w+\s+){0,2}apologies\b`,
    String.raw`(?:^|[.!?]\s+)(?:(?:sincere|deepest|humble|many|again,?)\s+)*apologies\b`,
    String.raw`\b(?:I|we)\s+${INTENSIFIER}regret\b`,
    String.raw`\b(?:please\s+)?(?:forgive|excuse|pardon)\s+(?:me|us)\b`,
    String.raw`\b(?:I|we)(?:\s*['\u2019](?:m|re)|\s+(?:am|are|feel|felt|was|were))\s+${INTENSIFIER}(?:terrible|awful|bad|embarrassed|ashamed|mortified|gutted|heartbroken|devastated)\b`,
    String.raw`\b(?:I|we)\s+(?:completely\s+|fully\s+|truly\s+|can\s+)?(?:understand|know|appreciate|realise|realize|can\s+(?:only\s+)?imagine|can\s+see)\s+(?:just\s+)?(?:how|what\s+a|that\s+this\s+(?:was|must|has))\b`,
    String.raw`\bmust\s+have\s+been\s+(?:\w+\s+)?(?:frustrating|disappointing|upsetting|stressful|worrying|distressing|annoying|infuriating|alarming|difficult|hard)\b`,
  ].join("|"),
  "gi",
);

/** What follows a form that looks like an apology but is not one. */
const NOT_REGRET_AFTER = /^[\s,]*(?:to\s+(?:inform|advise|tell|say|announce|confirm|notify|let\s+you\s+know|report)\b|,?\s*but\b|if\b|you\s+(?:feel|felt|see|saw|think|thought|were\s+(?:upset|offended|unhappy|disappointed)|are\s+(?:upset|offended|unhappy|disappointed)|found)\b|that\s+you\s+(?:feel|felt|see|think|thought|were\s+(?:upset|offended|unhappy)|are\s+(?:upset|offended|unhappy)|found\s+(?:this|it|our)|may\s+have\s+been\s+(?:upset|offended))\b|for\s+any\s+misunderstanding\b|any\s+misunderstanding\b|any\s+miscommunication\b|to\s+the\s+extent\b|for\s+your\s+loss\b)/i;

/** Sympathy about something the company did not cause is kind, but it is not regret. */
const SYMPATHY = /^\s*(?:to\s+(?:hear|learn|see|read)|about\s+(?:your|the)\s+(?:illness|loss|storm|bereavement|passing))/i;
const UNRELATED_TROUBLE = /\b(?:unwell|ill|illness|sick|sickness|storms?|flood(?:s|ing)?|hurricane|weather|wildfires?|passing|passed\s+away|bereavement|loss\s+of\s+your|your\s+loss|condolences|diagnos\w+|surgery|hospital\w*|funeral)\b/i;

/** True when the sentence (in the writer's own words) expresses remorse or empathy for the offense. */
export function expressesRegret(text: string): boolean {
  for (const m of text.matchAll(APOLOGY)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at, at + 120);
    if (NOT_REGRET_AFTER.test(rest)) continue;
    if (isNegated(text, m.index + m[0].search(/\S/), 25) && !/^no\s+excuse/i.test(rest)) continue;
    if (isConditional(text, m.index)) continue;
    if (SYMPATHY.test(rest) && UNRELATED_TROUBLE.test(rest.split(/[.;]/)[0]!)) continue;
    if (/\bno\s+need\s+to\b|\byou\s+(?:apologi[sz]ed|said\s+sorry)/i.test(text)) continue;
    return true;
  }
  return false;
}

export const regret: ElementDetector = {
  id: "regret",
  title: "Express genuine regret",
  label: "express regret",
  advice: "Convey sincere remorse with an unconditional apology: say you are sorry for what happened, not sorry if the customer feels upset.",
  example: "I deeply regret the inconvenience my mistake has caused you.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => expressesRegret(s.own)),
};
