import type { Letter, Sentence } from "../letter";
import { isNegated } from "../lexicon/clauses";
import type { ElementDetector } from "./detector";

/** Commitments that it will not happen again, and the process changes that make them real. */
const COMMITMENT = new RegExp(
  [
    String.raw`\b(?:ensure|make\s+sure|see\s+to\s+it|guarantee|so)\s+(?:that\s+)?(?:this|it|that|such\s+\w+|nothing\s+like\s+this|the\s+same|no\s+\w+|an?\s+\w+\s+like\s+yours|this\s+kind\s+of\s+\w+)\s+(?:\w+\s+){0,3}(?:does\s+not|doesn['\u2019]t|will\s+not|won['\u2019]t|never|cannot|can['\u2019]t|is\s+not|isn['\u2019]t)\s+(?:\w+\s+){0,2}(?:happen|recur|occur|repeat|sit|go|slip)`,
    String.raw`\b(?:never|not)\s+happen\s+again\b|\bwon['\u2019]t\s+happen\s+again\b|\bwill\s+not\s+happen\s+again\b`,
    String.raw`\bprevent\w*\s+(?:this|that|it|such|similar|a\s+recurrence|a\s+repeat|future|the\s+same|any\s+(?:further|future|similar))\b`,
    String.raw`\b(?:avoid|stop)\s+(?:this|that|it)\s+(?:from\s+)?happening\s+again\b`,
    String.raw`\b(?:I|we|our\s+(?:\w+\s+){0,2})(?:have|are|will|'re|'ve|'ll|\s)*\s*(?:since\s+|now\s+|also\s+|already\s+|immediately\s+)*(?:review\w*|chang\w*|updat\w*|improv\w*|retrain\w*|train\w*|introduc\w*|implement\w*|add\w*|audit\w*|tighten\w*|reinforc\w*|overhaul\w*|revis\w*|redesign\w*|strengthen\w*|put\s+in\s+place|set\s+up|install\w*|replac\w*|rewrit\w*|fix\w*|brief\w*|remind\w*|streamlin\w*|upgrad\w*)\s+(?:\w+\s+){0,4}(?:process\w*|procedure\w*|polic\w*|system\w*|checks?|training|quality\s+control|packaging|staff|team|workflow\w*|practice\w*|tools?|steps?|rules?|guidelines|controls?|safeguards?|monitoring|alerts?|communication\w*|care|service|how\s+we)\b`,
    String.raw`\b(?:new|additional|extra|second|daily|weekly|automatic|mandatory)\s+(?:\w+\s+)?(?:checks?|step|process|procedure|review|safeguards?|controls?|alerts?|training|verification|sign-?off)\b`,
    String.raw`\b(?:from\s+now\s+on|going\s+forward|moving\s+forward|in\s+(?:the\s+)?future|from\s+(?:this|next)\s+(?:week|month)|from\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|no\s+longer)\b`,
    String.raw`\b(?:committed|commit|determined|working\s+hard|pledge|promise)\s+to\s+(?:\w+\s+){0,3}(?:improv\w*|do(?:ing)?\s+better|better|chang\w*|learn\w*|fix\w*)`,
    String.raw`\b(?:we|I)(?:['\u2019]ll|\s+will|\s+are\s+going\s+to|\s+must|\s+gotta|\s+have\s+to|\s+need\s+to|\s+promise\s+to)?\s+(?:try\s+to\s+|strive\s+to\s+|work\s+to\s+)?(?:do\s+(?:\w+\s+)?better|be\s+more\s+careful|do\s+our\s+best|learn\s+from|take\s+lessons)\b`,
    String.raw`\bnow\s+(?:runs?|checks?|requires?|has\s+to|have\s+to|must|uses?|goes|flags?)\b|\bnow\s+(?:\w+\s+)?(?:confirmed|required|checked|tested)\b`,
  ].join("|"),
  "gi",
);

/** Advice to the customer is not the company's change. */
const CUSTOMER_ADVICE = /\b(?:please|you\s+(?:should|must|may\s+want|might\s+want|need\s+to|can))\b/i;

/** True when the sentence commits the writer's side to preventing a repeat. */
export function commitsToChange(text: string): boolean {
  for (const m of text.matchAll(COMMITMENT)) {
    if (CUSTOMER_ADVICE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30)) && !/\b(?:we|I|our)\b/i.test(m[0])) continue;
    if (!/never|not|n['\u2019]t|no\s+longer/i.test(m[0]) && isNegated(text, m.index, 25)) continue;
    return true;
  }
  return false;
}

export const change: ElementDetector = {
  id: "change",
  title: "Commit to change",
  label: "commit to change",
  advice: "Say what you are changing so it does not happen again: a reviewed process, a new check, training. A named step is more convincing than \"we'll do better\".",
  example: "We are reviewing our shipping processes to ensure timely deliveries in the future.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => commitsToChange(s.own)),
};
