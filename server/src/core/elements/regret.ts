import type { Letter, Sentence } from "../letter";
import { isConditional, isConditionalAfter, isNegated } from "../lexicon/clauses";
import { isUnrelatedSympathy } from "../lexicon/sympathy";
import type { Span } from "../types";
import type { ElementDetector } from "./detector";

/** Casual letters stretch words for emphasis ("sooo sorry", "reallyyy"), so the stretchable ones allow repeats. */
const INTENSIFIER_WORDS = String.raw`(?:do|so+|ver+y+|truly|deeply|sincerely|terribly|real+y+|genuinely|extremely|incredibly|most|awfully|dreadfully|profoundly|personally|humbly|unreservedly|wholeheartedly|also|again|just|still|all|both|super+|hugely|massively|seriously|honestly|immensely|exceedingly|utterly|100\s?%)`;
const INTENSIFIER = String.raw`(?:${INTENSIFIER_WORDS}[,\s]+){0,4}`;
const SORRY = String.raw`(?:so+r+y+|sorrier)`;
const FEELING = String.raw`(?:terrible|awful|bad|dreadful|horrible|embarrassed|ashamed|mortified|gutted|heartbroken|devastated|disappointed\s+in\s+(?:ourselves|myself))`;

/** The apology formula in its common shapes; each match is checked against the traps below. */
const APOLOGY = new RegExp(
  [
    String.raw`\b(?:I|we)(?:\s*['\u2019](?:m|re|ve\s+been)|\s+(?:am|are|was|were|have\s+been|feel|felt|remain))?\s+${INTENSIFIER}${SORRY}\b`,
    String.raw`\b(?:I|we)\s*${INTENSIFIER}(?:(?:want|wanted|would\s+like|['\u2019]d\s+like|wish|need)\s+to\s+${INTENSIFIER}|must\s+${INTENSIFIER}|can\s+only\s+)?(?:apologi[sz]e|say\s+(?:(?:how|that)\s+)?(?:\w+\s+)?sorry)\b`,
    String.raw`\b(?:I|we)(?:\s+can(?:not|['\u2019]t|\s+not)|\s+could\s*n(?:['\u2019]t|ot))\s+(?:apologi[sz]e\s+enough|say\s+sorry\s+enough|(?:begin\s+to\s+)?(?:tell\s+you|say|express)\s+how\s+(?:\w+\s+)?(?:sorry|much\s+(?:I|we)\s+regret))\b`,
    String.raw`\b(?:please\s+accept|you\s+have|you\s+deserve|we\s+owe\s+you|I\s+owe\s+you|offer(?:ing)?)\s+(?:my|our|an?)\s+(?:\w+\s+){0,2}apolog(?:y|ies)\b`,
    String.raw`\b(?:my|our)\s+(?:\w+\s+){0,2}(?:apologies|regrets)\b`,
    String.raw`\b(?:I|we)\s+${INTENSIFIER}regret\b`,
    String.raw`\b(?:please\s+)?(?:forgive|excuse|pardon)\s+(?:me|us)\b|\bplease\s+(?:forgive|excuse|pardon)\s+(?:our|my|the)\b`,
    String.raw`\b(?:I|we)(?:\s*['\u2019](?:m|re)|\s+(?:am|are|feel|felt|was|were))\s+${INTENSIFIER}${FEELING}\b`,
    String.raw`\b(?:I|we)(?:\s*['\u2019](?:m|re)|\s+(?:am|are|was|were))\s+${INTENSIFIER}(?:disappointed|dismayed|upset|horrified|appalled|saddened|distressed|concerned)\s+to\s+(?:hear|learn|see|read)\b`,
    String.raw`\b(?:I|we)\s+(?:completely\s+|fully\s+|truly\s+|really\s+|totally\s+|can\s+)?(?:understand|know|appreciate|realise|realize|can\s+(?:only\s+)?imagine|can\s+see)\s+(?:just\s+)?(?:how|what\s+a|that\s+this\s+(?:was|must|has))\b`,
    String.raw`\b(?:I|we)\s+(?:completely\s+|fully\s+|truly\s+|really\s+|totally\s+|can\s+)?(?:understand|appreciate|share|recognise|recognize)\s+(?:your|the)\s+(?:\w+\s+)?(?:frustration|disappointment|annoyance|anger|distress|upset|worry|concern|stress|anxiety)\b`,
    String.raw`\bmust\s+have\s+been\s+(?:\w+\s+)?(?:frustrating|disappointing|upsetting|stressful|worrying|distressing|annoying|infuriating|alarming|difficult|hard|frightening|inconvenient|exasperating|maddening)\b`,
    String.raw`\bto\s+say\s+sorry\b|\b(?:please\s+)?allow\s+(?:me|us)\s+to\s+${INTENSIFIER}apologi[sz]e\b`,
    String.raw`\b(?:this\s+(?:letter\s+)?is|(?:I|we)\s+(?:am|are)\s+writing)\s+to\s+${INTENSIFIER}apologi[sz]e\b|\bit\s+(?:hurts|saddens)\s+(?:us|me)\b|\ball\s+(?:we|I)\s+can\s+(?:offer|give)\s+(?:you\s+)?is\b[^.;!?]{0,40}?\ban\s+apology\b`,
    String.raw`\b(?:I|we)\s+(?:fully\s+|completely\s+)?understand\s+(?:that\s+)?(?:a|the|this)\s+(?:situation|experience|incident|news)\s+(?:like\s+this\s+)?(?:creates?|causes?|caused|brings?|can\s+cause)\s+(?:\w+\s+){0,2}?(?:stress|anxiety|worry|frustration|concern|distress)\b`,
    // A second verb of the writer's: "We take this seriously and sincerely apologize for …".
    // Anchored on "and apologize", the subject looked for behind: "we" at every position cost more.
    String.raw`\band\s+${INTENSIFIER}(?:apologi[sz]e|regret)\b(?<=\b(?:I|we)\s+(?!(?:are|were|am|was)\s+not\b)[\w'\u2019]+\b[^.;!?]{0,80}?\band\s+${INTENSIFIER}(?:apologi[sz]e|regret))(?!\s+to\s+(?:inform|advise|tell))`,
    // Told as a report, or as a feeling: "how sorry I am", "it breaks our hearts to …".
    String.raw`\bhow\s+${INTENSIFIER}sorry\s+(?:I|we)\s+(?:am|are|were|was)\b|\b(?:breaks|broke|broken)\s+(?:our|my)\s+hearts?\b|\bit\s+pains\s+(?:us|me)\b`,
    String.raw`\b(?:this|here)\s+is\s+(?:an?|my|our)\s+(?:\w+\s+)?apology\b`,
    // The company by name: "The Council apologises for …", "Fernway is truly sorry"; see byName().
    String.raw`(?<third>\b(?:is|remains)\s+${INTENSIFIER}${SORRY}\b|\b(?:apologi[sz]es|regrets)\b)`,
    // Last, so the forms above win: "Sorry about that!!", "Apologies for the wait"; see subjectless().
    String.raw`(?<bare>\b(?:so+r+y+|sry|soz|apologies)\b)`,
  ].join("|"),
  "gi",
);

/** Before a bare "sorry"/"apologies": intensifiers, "sincere", and words that open an exclamation. */
const BARE_LEAD = new RegExp(
  String.raw`(?:\b(?:${INTENSIFIER_WORDS}|sincere|sincerest|deepest|deep|humble|heartfelt|profound|unreserved|huge|massive|big|many|a\s+thousand|and|oh|okay|ok|well|first(?:ly)?|first\s+of\s+all|once\s+again|once\s+more)[,\s]+)+$`,
  "i",
);
/** A bare form counts only at the start of what is said, not after a word: "a sorry state", "say sorry". */
const AFTER_WORD = /[\p{L}\p{N}'\u2019]\s*$/u;
/** "Thanks for the call and sorry again for …": a bare apology joined to thanks. */
const AFTER_THANKS = /^\s*(?:thanks|thank\s+you)\b[^.;!?]*\band\s*$/i;

function subjectless(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const lead = BARE_LEAD.exec(before);
  return !AFTER_WORD.test(lead ? before.slice(0, lead.index) : before) || AFTER_THANKS.test(text.slice(0, at));
}

/** Subjects of a third-person apology that are not the writer's side, and words that make "regrets" a noun. */
const NOT_THE_COMPANY = /\b(?:he|she|they|it|who|you|your|customer|customers|no|our|my|any|with|send|sends|several|many|few)\s*$/i;

function byName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return /[\p{L}\p{N}]\s*$/u.test(before) && !NOT_THE_COMPANY.test(before);
}

/** What follows a form that looks like an apology but is not one. */
const NOT_REGRET_AFTER = /^[\s,]*(?:to\s+(?:inform|advise|tell|say|announce|confirm|notify|let\s+you\s+know|report)\b|but\b|if\b|you\s+(?:feel|felt|see|saw|think|thought|were\s+(?:upset|offended|unhappy|disappointed)|are\s+(?:upset|offended|unhappy|disappointed)|found)\b|that\s+you\s+(?:feel|felt|see|think|thought|were\s+(?:upset|offended|unhappy|surprised|confused|alarmed|shocked)|are\s+(?:upset|offended|unhappy)|found\s+(?:this|it|our)|may\s+have\s+been\s+(?:upset|offended))\b|that\s+we\s+(?:cannot|can['\u2019]t|can\s+not|are\s+(?:unable|not\s+able)|will\s+not|won['\u2019]t|must|have\s+to)\b|(?:for\s+)?any\s+(?:misunderstanding|miscommunication)\b|to\s+the\s+extent\b|for\s+your\s+loss\b|for\s+having\s+to\b|(?:that\s+)?you\s+had\s+(?:such\s+)?(?:a|an)\s+(?:\w+\s+)?(?:bad|poor|negative|disappointing|unpleasant|frustrating|upsetting)\s+(?:experience|time|visit|stay|day)\b|(?:are|is)\s+(?:not\s+|un)(?:necessary|needed|required)\b)/i;

/** Sympathy words whose object decides whether this is regret: "sorry to hear that ...", "sorry about ...". */
const SYMPATHY = /^\s*(?:(?:I|we)\s+(?:am|was|were|are)\s+)?(?:to\s+(?:hear|learn|see|read)|about|for|of|that)\b/i;

/** Where the sentence (in the writer's own words) expresses remorse or empathy for the offense. */
export function findApology(text: string): Span | undefined {
  APOLOGY.lastIndex = 0;
  for (let m = APOLOGY.exec(text); m; m = APOLOGY.exec(text)) {
    if (m.groups?.["bare"] !== undefined && !subjectless(text, m.index)) continue;
    if (m.groups?.["third"] !== undefined && !byName(text, m.index)) continue;
    const at = m.index + m[0].length;
    const rest = text.slice(at, at + 120);
    if (NOT_REGRET_AFTER.test(rest)) continue;
    if (isNegated(text, m.index, 25)) continue;
    if (isConditional(text, m.index)) continue;
    if (isConditionalAfter(text, at)) continue;
    if (SYMPATHY.test(rest) && isUnrelatedSympathy(rest)) continue;
    return { start: m.index, end: at };
  }
  return undefined;
}

/** True when the sentence expresses regret for the offense. */
export function expressesRegret(text: string): boolean {
  return findApology(text) !== undefined;
}

export const regret: ElementDetector = {
  id: "regret",
  title: "Express genuine regret",
  label: "express regret",
  advice: "Convey sincere remorse with an unconditional apology: say you are sorry for what happened, not sorry if the customer feels upset.",
  example: "I deeply regret the inconvenience my mistake has caused you.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => expressesRegret(s.own)),
};
