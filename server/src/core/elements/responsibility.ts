import type { Letter, Sentence } from "../letter";
import { isConditional, isNegated } from "../lexicon/clauses";
import type { ElementDetector } from "./detector";

const FAULT = String.raw`(?:fault|mistake|error|failing|failure|doing|responsibility|oversight|miss|blunder|bad)`;
const OURS = String.raw`(?:(?:entirely|completely|wholly|squarely|all|fully|solely|clearly)\s+)?(?:my|our|ours|mine)`;

/** Ways a writer owns a mistake; each match is checked for negation and conditions. */
const OWNERSHIP = new RegExp(
  [
    String.raw`\b(?:I|we)\s+(?:\w+\s+){0,2}(?:take|accept|bear|assume|own|claim)\s+(?:full\s+|complete\s+|total\s+|all\s+(?:the\s+)?|sole\s+)?(?:responsibility|ownership|the\s+blame|blame|accountability)\b`,
    String.raw`\b(?:acknowledge|accept|admit)\s+(?:\w+\s+){0,2}(?:my|our)\s+(?:\w+\s+)?(?:responsibility|fault|mistake|error|part)\b`,
    String.raw`\b(?:was|is|were|are)\s+${OURS}\s+(?:own\s+)?(?:\w+\s+)?${FAULT}\b`,
    String.raw`\b${FAULT}\s+(?:was|is|lies|rests|sits)\s+(?:entirely\s+|with\s+|wholly\s+|squarely\s+|all\s+)?(?:with\s+)?(?:us|me|ours|mine)\b`,
    String.raw`\b(?:was|is)\s+(?:entirely\s+|squarely\s+)?on\s+(?:us|me)\b`,
    String.raw`\b(?:that|this|it)(?:['\u2019]s|\s+is|\s+was)\s+(?:\w+\s+)?on\s+(?:us|me)\b`,
    String.raw`\b(?:one|that|this|it)\s+is\s+on\s+(?:us|me)\b`,
    String.raw`\b(?:I|we)(?:\s+have|['\u2019]ve)?\s+(?:clearly\s+|really\s+|simply\s+)?(?:made|make)\s+(?:a|an|the|this|that|several|two|some)\s+(?:\w+\s+)?(?:mistake|error|mistakes|errors|wrong\s+call)\b`,
    String.raw`\b(?:I|we)\s+(?:\w+\s+)?(?:got|get)\s+(?:this|it|that|things|your\s+\w+)\s+(?:badly\s+|very\s+)?wrong\b`,
    String.raw`\b(?:I|we)(?:\s+have|['\u2019]ve)?\s+(?:really\s+|clearly\s+)?(?:let\s+you\s+down|dropped\s+the\s+ball|fell\s+short|fallen\s+short|failed\s+you|messed\s+up|slipped\s+up|got\s+it\s+wrong)\b`,
    String.raw`\b(?:I|we|our\s+(?:\w+\s+){0,2}(?:team|staff|store|agent|agents|system|process|driver|engineers?|people|department|colleagues?|desk|office|clinic|kitchen|warehouse|branch|service))\s+(?:\w+\s+)?(?:failed|neglected|forgot)\s+to\b`,
    String.raw`\b(?:I|we)\s+(?:should|ought\s+to)\s+(?:have|not\s+have|never\s+have)\b`,
    String.raw`\b(?:I|we)\s+(?:was|were)\s+wrong\b`,
    String.raw`\bthere\s+(?:is|was|can\s+be)\s+no\s+excuse\b`,
    String.raw`\b(?:I|we)\s+(?:own|owned)\s+(?:this|that|it|the\s+mistake|the\s+error)\b`,
    String.raw`\banyone['\u2019]s\s+fault\s+but\s+(?:ours|mine)\b`,
    String.raw`\b(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|failing|oversight)\b`,
  ].join("|"),
  "gi",
);

/** Responsibility handed to someone else, or a slogan about caring. */
const DEFLECTED = /\b(?:your|the\s+(?:customer|account\s+holder|user|guest|member|passenger)['\u2019]?s?|their|users\s+are|the\s+vendor|the\s+carrier|the\s+courier)\s+(?:own\s+)?responsibilit|responsibilities\s+for\b|\btake\s+(?:\w+\s+){0,3}seriously\b/i;

/** True when the writer owns the mistake in this sentence. */
export function takesResponsibility(text: string): boolean {
  for (const m of text.matchAll(OWNERSHIP)) {
    const phrase = m[0];
    if (/^(?:our|my)\s/i.test(phrase) && !ownedPossessive(text, m.index, phrase)) continue;
    if (/\bfail|neglect|forgot|should|ought/i.test(phrase) ? false : isNegated(text, m.index + 1, 30)) continue;
    if (isConditional(text, m.index)) continue;
    if (DEFLECTED.test(text) && !/\b(?:I|we)\s+(?:\w+\s+){0,2}(?:take|accept)\b/i.test(phrase)) continue;
    return true;
  }
  return false;
}

/** "Our mistake", "my error" own the fault only in a statement, not in "if our error ...". */
function ownedPossessive(text: string, at: number, phrase: string): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase();
  const after = text.slice(at + phrase.length, at + phrase.length + 20).toLowerCase();
  if (/\b(?:not|no|if|whether)\b[^.]*$/.test(before)) return false;
  return /(?:^|\s)(?:this\s+was|that\s+was|it\s+was|this\s+is|it\s+is|was|is|the\s+fault\s+is|simply|entirely|completely|clearly)\s*$/.test(before)
    || /^\s*(?:,?\s*not\s+yours|and\s+not\s+yours|,?\s*and\s+ours\s+alone|alone)/.test(after)
    || /^(?:[^\p{L}]*$)/u.test(text.slice(0, at)) && /^\s*[.!]/.test(after);
}

export const responsibility: ElementDetector = {
  id: "responsibility",
  title: "Take full responsibility",
  label: "take responsibility",
  advice: "Own the mistake plainly (\"I take full responsibility for …\", \"this was our error\") without excuses or shifting blame to a carrier, a supplier, the system or the customer.",
  example: "I take full responsibility for the miscommunication regarding your order.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => takesResponsibility(s.own)),
};
