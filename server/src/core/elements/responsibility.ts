import type { Letter, Sentence } from "../letter";
import { isConditional, isConditionalAfter, isNegated } from "../lexicon/clauses";
import type { ElementDetector } from "./detector";

/** "Responsibility" as a duty ("our responsibility to keep you informed") owns nothing. */
const DUTY = String.raw`responsibilit(?:y|ies)(?!\s+to\s|\s+for\s+(?:\w+ing|the\s+(?:safety|security|care|protection|privacy|quality)|your\s+(?:safety|security|data|privacy))\b)`;
const FAULT = String.raw`(?:faults?|mistakes?|errors?|failings?|failures?|doing|${DUTY}|oversights?|blunders?|blame|bad|miss)`;
const WHOLLY = String.raw`(?:(?:entirely|completely|wholly|squarely|all|fully|solely|clearly|totally|100\s?%|firmly|simply)\s+)?`;
const OURS = String.raw`${WHOLLY}(?:my|our|ours|mine)`;
/** The writer's own people, as opposed to a carrier, a supplier or "the system". */
const OUR_PEOPLE = String.raw`(?:our|my)\s+(?:own\s+)?(?:\w+\s+)?(?:team|staff|office|store|shop|branch|agents?|colleagues?|employees?|people|department|engineers?|technicians?|drivers?|desk|clinic|kitchen|warehouse|pharmacists?|advisers?|advisors?|representatives?|managers?|crew|pickers?|packers?|shoppers?|riders?|carers?|attendants?|chefs?|cooks?|kitchen|waiters?|servers?|baristas?|cashiers?|stylists?|nurses?|doctors?|dentists?|installers?|fitters?|planners?|handlers?|operators?|cleaners?|receptionists?)(?!\s+(?:partner|provider|contractor|supplier|vendor|courier|carrier|system|software))`;
const BE = String.raw`(?:\s*['\u2019](?:m|re)|\s+(?:was|were|am|are))`;
const WRITER = String.raw`(?:I|we|${OUR_PEOPLE})`;
/** What a company should have done and did not: its own omission, not an outside cause. */
const DUTY_VERB = String.raw`(?:do\s+(?:so|that|this|it)\b|check|protect|tell|inform|notify|warn|follow|meet|keep|honou?r|handle|do\s+enough|respond|reply|call|contact|answer|listen|explain|deliver\s+on|live\s+up|get\s+(?:it|this|that)\s+right|act|update|correct|test|read|record|process|pass\s+on)`;
/** Wrongdoing adverbs and verbs: "we mistakenly charged you twice", "we mishandled your claim". */
const ERRED = String.raw`(?:(?:mistakenly|wrongly|incorrectly|accidentally|inadvertently|carelessly|wrongfully|erroneously)\s+\w+|mishandled|misread|misplaced|misquoted|miscalculated|misinformed|misdirected|misrouted|mislabell?ed|overcharged|double-charged|overlooked|botched|messed\s+up|screwed\s+up|fucked\s+up|f\*+ed\s+up|cocked\s+up|slipped\s+up|blew\s+it)`;

/** Acts by which a company does a customer wrong; "received" or "noticed" tell of it without doing it. */
const WRONG_ACT = String.raw`(?:charged|billed|debited|substituted|swapped|switched|sent|shipped|packed|picked|grabbed|took|gave|told|booked|entered|typed|keyed|processed|delivered|cancell?ed|applied|posted|attached|selected|chose|printed|label+ed|listed|quoted|scheduled|assigned|allocated|used|put|left|set|loaded|e-?mailed|mailed|published|shared|installed|fitted|connected|closed|deleted|removed|wasted|served|gave\s+out)`;
/** What marks that act as the wrong one: "the wrong box", "twice", "without checking". */
const WRONG_MARK = String.raw`(?:wrong|incorrect(?:ly)?|twice|in\s+error|by\s+mistake|instead\s+of)`;
/** The same, told as what was left out; its "without" is no denial of the act. */
const WITHOUT_MARK = String.raw`without\s+(?:your|checking|telling|asking|any\s+(?:notice|warning)|notice|warning|permission|consent)`;

/**
 * Ownership whose own wording contains a negation or an omission ("we failed to", "we should not
 * have", "anyone's fault but ours", "there is no excuse"): the negation is the admission.
 */
const ADMISSIONS_WITH_NEGATION = [
  String.raw`\b${WRITER}\s+(?:\w+\s+)?(?:failed|neglected|forgot)\s+to\b`,
  String.raw`\b${WRITER}\s+(?:simply\s+|just\s+|also\s+)?(?:did\s+not|didn['\u2019]t|never)\s+${DUTY_VERB}\b`,
  String.raw`\b${WRITER}\s+(?:should|ought\s+to)\s+(?:have|not\s+have|never\s+have)\b(?!\s+been\s+(?:told|informed|notified|given|sent|advised|warned|\w+ed\s+by)\b)`,
  String.raw`\b(?:I|we)\s+(?:have|had)\s+no\s+excuse\b`,
  String.raw`\b(?:I|we)\s+(?:could|can)\s+and\s+should\s+have\b`,
  String.raw`\bthere\s+(?:is|was|can\s+be)\s+no\s+excuse\b`,
  String.raw`\b(?:anyone|anybody|no\s+one|nobody)(?:['\u2019]s|\s+else['\u2019]s)\s+(?:fault|mistake|doing)\s+(?:but|except|other\s+than)\s+(?:ours|mine|us|me|our\s+own)\b`,
  String.raw`\b(?:our|my)\s+(?:job|duty|responsibility)\s+(?:was\s+|is\s+)?to\s+[^.;!?]{1,60}?\b(?:and|but)\s+(?:we|I)\s+(?:didn['\u2019]t|did\s+not|failed|haven['\u2019]t|have\s+not)\b`,
  String.raw`\b(?:no\s+one|nobody|none)\s+(?:else\s+)?to\s+blame\s+(?:here\s+|for\s+(?:this|that|it)\s+)?(?:but|except|other\s+than)\s+(?:us|me|ourselves|myself)\b`,
  // The exception before the verb: "nobody but us is to blame", "no one except me was at fault".
  String.raw`\b(?:no\s+one|nobody|none|no\s+(?:one|body)\s+else)\s+(?:but|except|other\s+than|apart\s+from)\s+(?:us|me|ourselves|myself|${OUR_PEOPLE})\s+(?:is|was|are|were|can\s+be)\s+(?:to\s+blame|at\s+fault|responsible)\b`,
  // A second verb sharing the writer as subject: "I set up your card and forgot to cancel the old one".
  String.raw`\b${WRITER}\s+(?:(?!(?:who|which|that|they|he|she)\b)[\w'\u2019-]+,?\s+){1,6}(?:and|but)\s+(?:(?:then|still|also|simply|completely)\s+){0,2}(?:failed|neglected|forgot)\s+to\b`,
  String.raw`\bonly\s+(?:ourselves|myself)\s+to\s+blame\b`,
  String.raw`\b${WRITER}\s+(?:(?!(?:never|not|didn|did|hadn|had\s+not)\b)\w+\s+)?${WRONG_ACT}\b[^.;:!?]{0,50}?\b${WITHOUT_MARK}\b`,
  // The failure judged by the writer, unless it is the customer's: "this is unacceptable", "not acceptable to either us or our customers".
  String.raw`\b(?:is|was)(?<!\byour?\b[^.;!?]{0,80})\s+(?:most\s+certainly\s+|simply\s+|completely\s+|totally\s+|frankly\s+)?(?:not\s+acceptable|unacceptable)(?=\s*(?:[.!;]|$)|\s+to\s+(?:us|either\s+us|me)\b)`,
];

/** Plain ownership: checked for negation over the whole phrase. */
const ADMISSIONS = [
  String.raw`\b(?:I|we)\s+(?:\w+\s+){0,2}(?:take|accept|bear|assume|own|claim)\s+(?:full\s+|complete\s+|total\s+|all\s+(?:the\s+)?|sole\s+|personal\s+)?(?:${DUTY}|ownership|the\s+blame|blame|accountability)\b`,
  String.raw`\b(?:acknowledge|accept|admit|recognise|recognize)\s+(?:\w+\s+){0,2}(?:my|our)\s+(?:\w+\s+)?(?:${DUTY}|fault|mistake|error|part)\b`,
  String.raw`(?:\b(?:was|is|were|are)|['\u2019]s)\s+${OURS}(?:\s+\w+\s*(?:,|and)\s+(?:our|my))?\s+(?:own\s+)?(?:\w+\s+)?${FAULT}\b`,
  String.raw`\b${FAULT}\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?(?:here\s+|this\s+time\s+|in\s+this\s+case\s+)?(?:was|is|were|are|lies|lay|rests|sits)\s+${WHOLLY}(?:with\s+)?(?:us|me|ours|mine)\b`,
  // "It was ours", "that one is mine" (after "whose fault was it?"): the fault by pronoun, with nothing after it.
  String.raw`\b(?:it|that|this)(?:\s+one)?\s+(?:was|is)\s+${WHOLLY}(?:ours|mine)(?:\s+alone)?(?=\s*(?:[,.;!]|$|and\b))`,
  // The writer as the cause: "something we caused", "a mess of our own making" (not boilerplate "any inconvenience we caused").
  String.raw`\b(?:I|we)(?<!\bany\s+(?:[\w-]+\s+){0,2}(?:that\s+)?\w+)(?:\s+have|\s+had|['\u2019]ve|['\u2019]d)?\s+(?:\w+ly\s+)?caused\b|\bof\s+(?:our|my)\s+(?:own\s+)?(?:making|doing)\b|\bself-inflicted\b`,
  // A change the writer made that broke things: "we made a code update that introduced a bug".
  String.raw`\b(?:I|we)\s+(?:made|pushed|deployed|released|shipped|rolled\s+out|installed)\s+[^.;!?]{0,60}?\b(?:introduced|caused|created|triggered)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:bug|error|fault|problem|outage|defect|glitch|vulnerability)`,
  // The customer bore the cost of the writer's own choice: "a decision we made, and you paid the price for it".
  String.raw`\b(?:I|we)\s+(?:made|took|chose)\b[^.;!?]{0,40}?\byou\s+(?:paid|bore|have\s+paid|had\s+to\s+pay)\s+(?:the\s+|a\s+)?(?:price|cost)|\byou\s+(?:paid|bore|have\s+paid)\s+(?:the\s+|a\s+)?(?:price|cost)\s+(?:for|of)\s+(?:our|my)\b`,
  // The writer's side as the one who did the wrong thing: "our picker took the wrong box", "we charged you twice".
  String.raw`\b${WRITER}\s+(?:\w+\s+)?${WRONG_ACT}\b[^.;:!?]{0,50}?\b${WRONG_MARK}\b`,
  String.raw`\b(?:was|is|sits|rests|lies|falls)\s+${WHOLLY}on\s+our\s+(?:own\s+)?(?:[\w-]+\s+)?(?:team|people|staff)\b`,
  String.raw`\b(?:was|is)\s+(?:a|an)\s+(?:\w+\s+)?(?:failure|fault|error|mistake|lapse|failing)\s+(?:in|of|on|by)\s+(?:our|my)\b(?!\s+(?:[\w-]+\s+)?(?:courier|carrier|partner|supplier|vendor|contractor|provider|manufacturer|processor|agency)s?\b)|\b(?:I|we)\s+(?:then\s+|also\s+)?compounded\b|\bI\s+agree\s+(?:with\s+you\s+)?that\s+(?:you\s+were\s+(?:given|told|sent|charged|treated)|we\s+(?:should|got|made|were|did)|it\s+was\s+(?:wrong|our))`,
  String.raw`\b(?:both\s+of\s+)?(?:those|these|they)\s+(?:are|were)\s+${WHOLLY}on\s+(?:us|me)\b|\b(?:that|this|it)(?:['\u2019]s|\s+was|\s+is)\s+${WHOLLY}(?:us|me)(?=\s*[.!,;]|$)|\bshould\s+have\s+been\s+(?:\w+\s+){1,2}(?:at|on)\s+our\s+(?:end|side)\b`,
  String.raw`\bresponsibilit(?:y|ies)\s+(?:for\s+(?:this|that|it|the\s+[\w-]+)\s+)?(?:lies|lay|rests|sits)\s+(?:entirely\s+|squarely\s+|solely\s+|fully\s+)?with\s+(?:the\s+)?(?:council|company|school|practice|clinic|hospital|bank|hotel|trust|board|authority|department)\b|\b(?:I|we)\s+(?:\w+ly\s+)?(?:lost|misplaced|broke|damaged)\s+(?:it|them|your)\b`,
  String.raw`\bf(?:a|e)ll(?:s|en)?\s+(?:far\s+|well\s+|way\s+)?short\s+of\s+(?:our|the|what)\b|\b(?:situation|position|mess)\s+(?:that\s+)?(?:we|I)\s+(?:put|left|placed)\s+you\s+in\b`,
  String.raw`\b(?:decisions?|choices?|calls?)\s+(?:that\s+)?(?:we|I)\s+(?:made|took)\b(?![^.;!?]{0,40}\byou\s+(?:paid|bore))`,
  // The fault named, then claimed: "That decision, and the mistake, were ours", "three failures, and every one of them was ours".
  String.raw`\b(?:mistakes?|errors?|faults?|failures?|decisions?|failings?|oversights?|lapses?|changes?|calls?|choices?|releases?|updates?|deploy\w*)\b[^.;!?]{0,40}?\b(?:was|were|is|are)\s+${WHOLLY}(?:ours|mine)\b|\b(?:I|we)\s+accept\s+(?:it|this|that)\s+as\s+(?:mine|ours|my\s+own|our\s+own)\b`,
  // The mistake placed at the writer's own door: "that mistake was made here at school", "a mistake made in our warehouse".
  String.raw`\b(?:mistake|error|slip|oversight)s?\s+(?:was\s+|were\s+|had\s+been\s+)?made\s+(?:here\b|(?:in|at|on|by)\s+(?:our|my|us\b|me\b))`,
  String.raw`\b(?:I|we)\s+(?:also\s+|simply\s+)?took\s+(?:far\s+|much\s+|way\s+)?too\s+long\b|\byou\s+deserved?\s+better\s+(?:from\s+(?:us|me)|than\s+(?:this|that|what\s+we))`,
  // Colloquial ownership: "my bad".
  String.raw`\b(?:my|our)\s+bad\b`,
  String.raw`\b(?:mistake|error|oversight|failure|failing|lapse|fault|slip|mix-?up|misunderstanding|problem|bug|glitch|issue|this|that|it)s?\s+(?:(?:was|is|were|are)\s+)?${WHOLLY}on\s+(?:our|my)\s+(?:part|end|side)\b`,
  String.raw`\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:made|caused)\s+by\s+(?:us|me|${OUR_PEOPLE})\b`,
  String.raw`\b(?:that|this|it|which)(?:\s+one)?(?:['\u2019]s|\s+is|\s+was)\s+${WHOLLY}(?:on|down\s+to)\s+(?:us|me)\b`,
  String.raw`\b${WRITER}(?:\s+have|['\u2019]ve|\s+has)?\s+(?:clearly\s+|really\s+|simply\s+)?(?:made|make)\s+(?:a|an|the|this|that|several|two|some)\s+(?:\w+\s+)?(?:mistake|error|mistakes|errors|wrong\s+call)\b|\b(?:I|we)(?:\s+have|['\u2019]ve)?\s+(?:really\s+)?made\s+(?:an?\s+(?:\w+\s+)?|such\s+a\s+)?(?:mess|hash|muddle)\s+of\b`,
  String.raw`\b(?:it|this|that)(?:['\u2019]s|\s+is|\s+was)\s+(?:ours|mine)\s+to\s+(?:fix|put\s+right|own|answer\s+for|sort\s+out|make\s+right)\b`,
  String.raw`\b(?:I|we)\s+(?:\w+\s+)?(?:got|get)\s+(?:this|it|that|things|your\s+\w+)\s+(?:badly\s+|very\s+|completely\s+)?wrong\b`,
  // The writer's own process or people as the failing agent: "our checking process failed you".
  String.raw`\b(?:${OUR_PEOPLE}|(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:process(?:es)?|procedures?|checks?|controls?|safeguards?|service|testing|systems?))\s+(?:\w+\s+)?(?:failed\s+you|let\s+you\s+down|missed\s+(?:an?|the|it|this|that|them)\b|failed\s+to\s+work\b|failed(?=\s*[,.;!]|\s+(?:this|today|yesterday|last|on|when|and)\b))`,
  String.raw`\b(?:I|we)(?:\s+and\s+our\s+[\w-]+)?(?:\s+have|['\u2019]ve)?\s+(?:really\s+|clearly\s+|also\s+|simply\s+|badly\s+)?(?:missed\s+the\s+mark|let\s+(?:them|our\s+customers|customers|everyone|many\s+of\s+you)\s+down|(?:disrupted|inconvenienced)\s+(?:you|the\s+majority|many|thousands|all|our\s+customers|customers)|let\s+you\s+down|dropped\s+the\s+ball|fell\s+short|fallen\s+short|failed\s+(?:you|both\s+of\s+you|your\s+\w+|\w+\s+and\s+you)|failed\s+(?:on|at)|got\s+it\s+wrong)\b`,
  String.raw`\b${WRITER}(?:\s+have|['\u2019]ve|\s+had)?\s+${ERRED}\b`,
  String.raw`\b(?:I|we)${BE}\s+(?:\w+ly\s+)?(?:wrong|at\s+fault|to\s+blame)\b|\b${OUR_PEOPLE}\s+(?:was|were)\s+(?:\w+ly\s+)?(?:wrong|at\s+fault|to\s+blame)\b`,
  String.raw`\b(?:were|was)\s+(?:our|my)\s+(?:own\s+)?(?:decisions?|choices?|calls?)\b,?\s+(?:and\s+)?(?:they|it)\s+(?:was|were)\s+(?:the\s+)?wrong|\b(?:our|my)\s+(?:decision|choice|call)\s+(?:was|were)\s+(?:the\s+)?wrong\b`,
  String.raw`\b(?:I|we)(?:${BE}|\s+hold\s+(?:myself|ourselves))\s+${WHOLLY}accountable\b(?!\s+(?:to|for\s+\w+ing)\b)`,
  String.raw`\bthe\s+buck\s+stops\s+(?:here|with\s+(?:me|us))\b`,
  String.raw`\b(?:I|we)${BE}\s+${WHOLLY}responsible\s+for\s+(?:this|that|it|what\s+happened|the\s+(?:\w+\s+)?(?:error|mistake|delay|mix-?up|failure|oversight|problem|outage|confusion|damage))\b`,
  String.raw`\b(?:I|we)\s+(?:own|owned)\s+(?:this|that|it|the\s+mistake|the\s+error|the\s+failure)\b`,
];

/** "Our mistake" alone: owned only in a statement ("it was simply our mistake"), see ownedPossessive. */
const POSSESSIVE = String.raw`\b(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|failing|failure|oversight|misunderstanding|misjudge?ment|negligence|carelessness)\b`;

/** Every admission starts at a word or an apostrophe ("that's on us"): testing that once first is what keeps this cheap. */
const OWNERSHIP = new RegExp(
  String.raw`\b(?=[a-z'\u2019])(?:` + `(?<inner>${ADMISSIONS_WITH_NEGATION.join("|")})|(?<possessive>${POSSESSIVE})|${ADMISSIONS.join("|")})`,
  "gi",
);

/** Responsibility handed to someone else: the customer, a carrier, a vendor. */
const DEFLECTED = /\b(?:your|the\s+(?:customer|account\s+holder|user|guest|member|passenger|client)s?['\u2019]?s?|their|users\s+are|you\s+are|the\s+(?:vendor|carrier|courier|supplier|manufacturer|contractor)\s+(?:was|is))\s+(?:own\s+|solely\s+|also\s+)?responsib/i;
/** "We take our responsibilities … very seriously" is a slogan, not an admission. */
const SLOGAN = /\btak(?:e|es|ing)\s+(?:[\w'\u2019-]+\s+){0,8}?seriously\b/i;
/** "Did we make a mistake?" asks; it does not admit. */
const QUESTION = /\?\s*$/;
const TAKES = /^(?:I|we)\s+(?:\w+\s+){0,2}(?:take|accept)\b/i;

/** True when the writer owns the mistake in this sentence. */
export function takesResponsibility(text: string): boolean {
  OWNERSHIP.lastIndex = 0;
  for (let m = OWNERSHIP.exec(text); m; m = OWNERSHIP.exec(text)) {
    const phrase = m[0];
    const end = m.index + phrase.length;
    if (m.groups?.["possessive"] !== undefined && !ownedPossessive(text, m.index, phrase)) continue;
    if (m.groups?.["inner"] === undefined && (isNegated(text, end, phrase.length + 25) || isConditionalAfter(text, end))) continue;
    if (isConditional(text, m.index)) continue;
    if (SLOGAN.test(text) || QUESTION.test(text)) continue;
    if (DEFLECTED.test(text) && !TAKES.test(phrase)) continue;
    return true;
  }
  return false;
}

/** "Our mistake", "my error" own the fault only in a statement, not in "if our error ...". */
function ownedPossessive(text: string, at: number, phrase: string): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase();
  const after = text.slice(at + phrase.length, at + phrase.length + 20).toLowerCase();
  if (/\b(?:not|no|if|whether)\b[^.]*$/.test(before)) return false;
  return /(?:^|\s)(?:was|is|it['\u2019]s|that['\u2019]s|the\s+fault\s+is|simply|entirely|completely|clearly|because\s+of|due\s+to|down\s+to|caused\s+by|(?:the\s+)?result\s+of|through|100\s?%|totally|wholly|fully|all|(?:apologi[sz]e|sorry|apologies)\s+for)\s*$/.test(before)
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
