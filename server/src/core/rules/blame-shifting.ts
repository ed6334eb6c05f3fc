import { takesResponsibility } from "../elements/responsibility";
import type { Sentence } from "../letter";
import { clauseEnd, clauseStart, isNegated } from "../lexicon/clauses";
import type { Fix, TextEdit } from "../types";
import { matches } from "../lexicon/matches";
import type { Rule, RuleContext, RuleFinding } from "./rule";

/** Parties a company may hand its failure to. */
const OTHERS = String.raw`(?:carrier|courier|(?:delivery|postal|shipping|logistics|warehouse|hosting|payment|technology)\s+(?:partner|company|firm|service|provider|driver)|postal\s+service|post\s+office|supplier|vendor|manufacturer|wholesaler|distributor|insurer|(?:travel|booking)\s+agen(?:t|cy)|(?:payment\s+)?processor|(?:sub)?contractor|partner|(?:service\s+)?provider|third[- ]part(?:y|ies)|customs|border\s+(?:authorities|force|officials)|air\s+traffic\s+control|airline|your\s+(?:bank|card\s+(?:issuer|provider)|employer|landlord|insurer|network\s+provider|broadband\s+provider))(?:s|['\u2019]s|s['\u2019])?`;

/** Circumstances offered as the cause instead of the company. */
const CIRCUMSTANCES = String.raw`(?:weather|snow|storms?|heavy\s+rain|flood\w*|fog|ice|strikes?|industrial\s+action|high\s+(?:\w+\s+)?volumes?|(?:staff|staffing|recruitment|labou?r|driver)\s+shortages?|shortages?|demand|backlog|supply\s+(?:chain\s+)?(?:issues?|problems?|difficulties|disruptions?|constraints?)|(?:cyber[- ]?)?attacks?|(?:technical|system|IT|computer)\s+(?:issues?|problems?|difficulties|glitch(?:es)?|errors?|faults?)(?!\s+(?:with|in|on|to)\s+(?:the|our|its)\b)|(?:a|the|our|its|their)\s+(?:[\w-]+\s+)?(?:glitch|system|app|software|algorithm)|a\s+member\s+of\s+the\s+public|trespass\w*|vandal\w*|crime|criminals?|power\s+(?:failure|cut|outage)|signall?ing\s+(?:faults?|failures?|issues?|problems?)|freight\s+trains?|infrastructure\s+(?:issues?|problems?|failures?|faults?))\b`;

/** What a company says it did right when it clears itself: "the charge was applied correctly". */
const DONE = String.raw`(?:produced|calculated|applied|issued|processed|charged|billed|handled|blocked|declined|flagged)`;

/**
 * Statements that deny the company's part or put it on the customer. They count wherever they
 * appear, unless the same sentence owns the mistake ("although the storm was beyond our control,
 * we should have called you").
 */
const DENIAL = new RegExp(
  [
    String.raw`\b(?:beyond|outside(?:\s+of)?|out\s+of)\s+(?:our|my|its|anyone['\u2019]?s|(?:the\s+)?[\w-]+['\u2019]s?)\s+(?:\w+\s+)?control\b|\bout\s+of\s+our\s+hands\b`,
    String.raw`(?:\bnot|n['\u2019]?t|\bnever)\s+(?:\w+\s+)?(?:our|my)\s+fault\b|\bno\s+fault\s+of\s+(?:ours|mine|our\s+own)\b`,
    String.raw`\bnot\s+(?:a|the)\s+(?:failure|fault|error|mistake)\s+(?:of|on\s+the\s+part\s+of|by)\s+(?:us\b|our\b|the\s+(?:\w+\s+){0,2}(?:platform|company|team|service|store|shop|business|app|site)\b)`,
    String.raw`\bon\s+their\s+(?:end|side)\b|\bnot\s+(?:on\s+)?us\b(?!\s+to\b)`,
    String.raw`\bnothing\s+(?:that\s+)?(?:anyone|we|I|our\s+(?:team|staff))\s+(?:here\s+)?(?:did|could\s+(?:have\s+)?(?:done|do))\b`,
    String.raw`\bnot\s+something\s+(?:that\s+)?(?:we|I|anyone|our\s+)[^.;!?]{0,50}?\b(?:could|would|can|might)\s+(?:have\s+)?(?:been\s+able\s+to\s+)?(?:detect|prevent|foresee|predict|spot|catch|avoid|control|check|have\s+known|pick(?:ed)?\s+up|find|found|notice|know)\w*`,
    String.raw`(?:\bnot|n['\u2019]?t)\s+(?:much|a\s+lot|anything)\s+(?:that\s+)?(?:we|anyone|I)\s+(?:could\s+(?:have\s+)?(?:do|done)|can\s+do\s+about)\b`,
    String.raw`\b(?:is|are|am|was|were|be)\s+not\s+(?:held\s+)?(?:responsible|liable|accountable|to\s+blame)\b|\b(?:isn|aren|wasn|weren)['\u2019]?t\s+(?:responsible|liable|accountable|to\s+blame)\b|\bcan(?:not|['\u2019]?t)\s+be\s+held\s+(?:responsible|liable|accountable)\b`,
    String.raw`\b(?:unable|not\s+able|cannot|can['\u2019]?t|will\s+not|won['\u2019]?t)\s+(?:to\s+)?(?:treat|regard|consider|accept)\s+(?:this|it)\s+as\s+(?:a|an|our)\s+(?:\w+\s+)?(?:error|mistake|fault)\b`,
  ].join("|"),
  "gi",
);

/** Responsibility handed to the customer; a negated form ("not your responsibility") clears them instead. */
const CUSTOMER_BLAME = new RegExp(
  [
    String.raw`\byour\s+(?:own\s+)?(?:responsibility|fault)\b`,
    String.raw`\b${OTHERS}\s+fault\b|\bfault\s+(?:lies|lay|lay|rests|rested|was)\s+(?:entirely\s+|solely\s+)?with\s+(?:the|their|our)\s+(?:[\w-]+\s+)?${OTHERS}`,
    String.raw`\b(?:the\s+)?(?:customer|guest|user|account[- ]holder|passenger|member|client|buyer|patient|tenant|resident|cardholder|owner|vendor|carrier|courier|supplier|manufacturer|contractor|partner)s?['\u2019]?s?\s+(?:own\s+)?responsibility\b`,
    String.raw`\b(?:you|users|customers|guests|members|passengers|clients|account[- ]holders|sellers|vendors|merchants|suppliers|partners|the\s+${OTHERS})\s+(?:are|were|was|is|remains?)\s+(?:also\s+|solely\s+|ultimately\s+|fully\s+|entirely\s+)?(?:responsible|liable|to\s+blame|at\s+fault)\b`,
    String.raw`\byou\s+(?:should|could|ought\s+to)\s*(?:have|['\u2019]ve)\s+(?:\w+ly\s+)?(?:read|checked|contacted|called|told\s+us|informed|notified|reported|known|kept|reviewed|verified|updated|provided|noticed|asked|let\s+us\s+know|followed|made\s+sure|ensured|double-checked|confirmed|selected|chosen|avoided)\b`,
    String.raw`\b(?:if\s+you\s+had|had\s+you)\s+(?:\w+ly\s+)?(?:read|checked|contacted|called|told\s+us|informed|notified|reported|followed|updated|provided)\b|\byou\s+(?:failed|forgot|neglected)\s+to\b`,
    String.raw`\bas\s+(?:clearly\s+)?(?:stated|set\s+out|outlined|explained|noted|specified|detailed|mentioned|described|indicated|laid\s+out|stipulated)\s+in\s+(?:our|the)\s+(?:\w+\s+){0,2}(?:terms|conditions|polic(?:y|ies)|agreement|contract|fine\s+print|small\s+print|FAQs?|menu|website|manual|instructions|guide|handbook|leaflet)\b`,
    String.raw`\b(?:our|the)\s+(?:\w+\s+)?(?:terms|menu|website|policy|label|packaging|page|listing|instructions|signs?|notices?|conditions|description)\s+(?:\w+\s+)?(?:clearly|explicitly|plainly)\s+(?:state|say|indicate|warn|mark|show|display)\w*`,
  ].join("|"),
  "gi",
);

/**
 * Causes outside the company. A letter that owns its mistake may name them as explanation
 * (a supplier's test, the booking system), so these count only in a letter that never does.
 */
const EXCUSE = new RegExp(
  [
    String.raw`\b(?:due\s+to|because(?:\s+of|(?!\s+(?:we|I|you)\b))|caused\s+(?:by|when)|held\s+up\s+by|delayed\s+by|owing\s+to|as\s+a\s+result\s+of|the\s+result\s+of|down\s+to|attributable\s+to|introduced\s+by|thanks\s+to|processed\s+by|handled\s+by|took\s+place\s+(?:entirely\s+)?on)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:${OTHERS}|${CIRCUMSTANCES})`,
    String.raw`\b${OTHERS}\s+(?:\w+\s+)?(?:mixed\s+up|lost|failed|delayed|damaged|missed|misplaced|mislabel\w*|dropped|broke|crashed|went\s+down|messed\s+up|did\s+not|didn['\u2019]?t|could\s+not|couldn['\u2019]?t|was\s+unable|were\s+unable|introduced|made\s+(?:an?\s+)?(?:error|mistake)|(?:had|has|was|were|experienced|suffered)\s+(?:an?\s+|some\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:backlog|problems?|issues?|difficulties|nightmare|delays?|error|mistake|fault|shortage|incident|outage|breach|trouble|glitch)|(?:was|were)\s+(?:also\s+)?(?:under\s+(?:\w+\s+)?pressure|overwhelmed|short[- ]staffed|busy)|(?:delivered|arrived|turned\s+up|showed\s+up|came|ran|was|were)\s+(?:[\w-]+\s+){0,2}?late|(?:defects?|errors?|faults?))\b`,
    String.raw`\b(?:damaged|lost|delayed|mislaid|misplaced|mishandled|misdelivered|held\s+up|dropped|broken)\s+(?:\w+\s+){0,3}?by\s+(?:the|our|their|an?)\s+(?:[\w-]+\s+){0,2}?${OTHERS}`,
    String.raw`\b(?:the|our|their|its)\s+(?:\w+\s+)?(?:system|app|software|computer|algorithm)\s+(?:then\s+|automatically\s+)?(?:wiped|deleted|crashed|glitched|failed|went\s+down|applied|produc\w*|generated|lost|erased|reset|removed|cancell?ed|blocked|flagged|declined|rejected|closed|charged|sent|released)\b|\bglitch\b`,
    String.raw`\b(?:managed|handled|run|operated|controlled)\s+(?:entirely|solely|wholly|completely|only)\s+by\s+(?:the|our|a|an|their)\s+(?:[\w-]+\s+)?${OTHERS}`,
    // Someone else's failing, told as their state or act: "the courier was running behind", "our supplier sent us the wrong batch".
    String.raw`\b${OTHERS}\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:running\s+(?:late|behind)|behind\s+schedule|experiencing|struggling|suffering|overwhelmed|delayed|short|unable)\b|\b${OTHERS}\s+(?:\w+\s+)?(?:sent|gave|supplied|shipped|delivered)\s+(?:us\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:wrong|incorrect|faulty|damaged|defective)\b|\b${OTHERS}\s+(?:\w+\s+)?(?:declined|rejected|refused|blocked|changed|cancell?ed|bounced)\b`,
    // The fault placed elsewhere, with the company cleared: "the problem lay with the payment processor", "by the manufacturer, not by us".
    String.raw`\b(?:problem|fault|error|issue|blame|delay|mistake)s?\s+(?:lay|lies|was|sat|sits|rests|rested)\s+(?:entirely\s+|solely\s+|squarely\s+)?with\s+(?:the|their|an?)\s+(?:[\w-]+\s+)?${OTHERS}|\b${OTHERS}[^.;]{0,30}?,\s+(?:and\s+)?not\s+(?:by\s+|with\s+)?(?:us|me|our\s+(?:shop|store|team|company|staff))\b|\b(?:technical\s+)?(?:fault|glitch|error|problem|failure)\s+(?:with|in|on)\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:platform|system|software|website|app|network)\b|\b(?:at|on)\s+(?:their\s+|the\s+(?!customer['\u2019])[\w-]+['\u2019]s?\s+)(?:end|side)\b`,
    // Control disowned, and volume as the cause: "cannot control how a seller chooses", "depends on the volume of applications".
    String.raw`\b(?:cannot|can['\u2019]?t|could\s+not|couldn['\u2019]?t|have\s+no|had\s+no)\s+control\s+(?:over\s+)?(?:how|what|when|whether|the|their|its)\b|\b(?:the\s+)?volume\s+of\s+(?:applications|orders|calls|requests|enquiries|inquiries|emails|claims|bookings|complaints)\b`,
    String.raw`\b(?:vulnerability|flaw|bug|weakness|defect)\s+in\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?(?:third[- ]party|supplier['\u2019]?s?|vendor['\u2019]?s?|partner['\u2019]?s?|provider['\u2019]?s?|external)\b`,
    // Events and workload as the cause: "following the regional flooding", "the adjuster's caseload increased".
    String.raw`\b(?:following|after)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:flood\w*|storms?|snowfall|heatwave|strikes?|industrial\s+action|power\s+cuts?)\b|\b(?:caseloads?|workloads?|volumes?|demand)\s+(?:had\s+)?(?:increased|rose|grew|surged|spiked|doubled|tripled)\b`,
    // The customer's own description, or the terms, made the reason: "narrower than described on the booking form".
    String.raw`\bthan\s+(?:was\s+)?(?:described|stated|indicated|listed|declared)\s+(?:on|in)\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:form|booking|order|application|request)\b|\bunder\s+(?:our|the|your)\s+(?:terms|policy|conditions)\b[^.;!?]{0,80}?\bnot\s+(?:covered|liable|responsible|eligible)\b`,
    // The system made the actor: "it was the system that flagged your account", "a limitation of the platform".
    String.raw`\b(?:it\s+was|it['\u2019]s|that\s+was)\s+(?:the|our)\s+(?:\w+\s+)?(?:system|software|platform|app|algorithm|computer)\s+(?:that|which)\b|\b(?:a|an)\s+(?:known\s+|technical\s+)?limitation\s+(?:of|in|with)\s+(?:the|our|their)\s+(?:[\w-]+\s+)?(?:platform|system|software|provider|tool)\b|\bnot\s+something\s+(?:that\s+)?(?:we|I)\s+can\s+see\b`,
    // Fate and necessity: "these things happen", "we had no choice".
    String.raw`\bthese\s+things\s+(?:do\s+|can\s+)?happen\b|\b(?:it|this)\s+(?:happens|can\s+happen)\s+(?:sometimes|from\s+time\s+to\s+time|to\s+everyone)\b|\bwe\s+had\s+no\s+(?:other\s+)?(?:choice|option|alternative)\b`,
    // Safeguards that are said to misfire now and then: "fraud checks … may occasionally decline genuine transactions".
    String.raw`\b(?:checks?|systems?|controls?|filters?|safeguards?|algorithms?|software|security\s+measures)\s+(?:[\w-]+\s+){0,8}?(?:may|can|might|will)\s+(?:occasionally|sometimes|on\s+occasion|from\s+time\s+to\s+time)\s+(?:decline|block|flag|reject|stop|freeze|hold|delay|cancel)\w*`,
    // The company's own actions declared correct: "the blocks were therefore applied correctly".
    String.raw`\b(?:was|were)\s+(?:(?!not\b|never\b)\w+\s+)?(?:${DONE}\s+(?:correctly|properly)|(?:correctly|properly|rightly)\s+${DONE})\b`,
    String.raw`\b(?:extremely|very|incredibly|exceptionally|unusually|crazy|really|particularly|so|too)\s+busy\b|\bbusy\s+(?:period|time|season|spell)\b|\bhigh(?:er\s+than\s+(?:usual|normal|expected))?\s+(?:\w+\s+)?volumes?\b|\b(?:record|unprecedented|unusually\s+high|exceptional)\s+(?:demand|volumes?|numbers)\b|\b(?:staff|staffing|recruitment|labou?r|driver|industry)(?:-wide)?\s+shortages?\b|\bshort[- ]staffed\b|\bbacklog\b|\bnot\s+always\s+possible\b`,
    String.raw`\b(?:the\s+)?(?:weather|snow|storms?|heavy\s+rain|flooding|fog)\s+(?:\w+\s+){0,4}?(?:meant|prevented|delayed|disrupted|made\s+it|grounded|closed)\b`,
    // The failure placed at someone else's door: "an incident at one of our vendors", "an error by our courier".
    String.raw`\b(?:incident|breach|attack|outage|error|mistake|problem|issue|failure|fault|disruption|oversight)s?\s+(?:at|with|by|from|within|involving|affecting|on\s+the\s+part\s+of)\s+(?:one\s+of\s+)?(?:our|the|a|an|their)\s+(?:[\w-]+\s+){0,2}?${OTHERS}`,
    // The people or equipment made out to be someone else's: "staff supplied by an agency", "maintained by the operator rather than by us".
    String.raw`\b(?:staff|workers?|employees?|drivers?|crew|personnel|servers?|waiters?|engineers?|technicians?|agents?)\s+(?:\w+\s+)?(?:supplied|provided|sent|employed|hired)\s+by\s+(?:an?|the|another|their)\s+(?:[\w-]+\s+)?(?:agency|agencies|contractor|firm|third[- ]party)\b|\bnot\s+(?:a\s+member|one|part)\s+of\s+our\s+(?:regular|usual|own|permanent|core|normal|in-house)\s+(?:team|staff|crew|employees)\b`,
    String.raw`\b(?:owned|operated|run|managed|maintained|controlled|employed)\s+(?:and\s+(?:owned|operated|run|managed|maintained|controlled)\s+)?by\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+,?\s+(?:rather\s+than|and\s+not|not)\s+(?:by\s+)?[\w-]+`,
    // Breach notices: the attack made out to be unstoppable, and the company's own systems cleared.
    String.raw`\b(?:highly\s+|extremely\s+|very\s+)?sophisticated\s+(?:[\w-]+\s+)?(?:(?:cyber[- ]?)?attack|attackers?|criminals?|actors?|hackers?|intrusion|campaign|scam|fraud)`,
    String.raw`\b(?:our|[\w-]+['\u2019]s?\s+own)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:systems?|networks?|servers?|databases?|infrastructure|platforms?|websites?)\s+(?:were|was|are|is|have|has|had)\s*(?:not|n['\u2019]t|never)\s+(?:been\s+)?(?:compromised|breached|affected|accessed|hacked|attacked|impacted|involved|at\s+fault)\b`,
  ].join("|"),
  "gi",
);

/** A denial whose negation, taken away, leaves ownership: "it wasn't our fault". */
const FAULT_DENIAL = /(?:\bnot|n['\u2019]?t|\bnever|\bno)\s+(?:\w+\s+){0,3}?(?:fault|to\s+blame|responsible|liable|accountable)\b/i;
/** Words that tie an excuse to the clause before it, removed with it. */
const CONNECTOR = /[\s,;:\u2014\u2013-]*(?:\b(?:and|but|so|which|because|as|since|while|although|though|that)\s+)?$/i;
/** A cause introduced inside the clause: the excuse starts there, not at the clause start. */
const CAUSE_LEAD = /\b(?:due\s+to|because(?:\s+of)?|caused\s+by|owing\s+to|as\s+a\s+result\s+of)\s/i;
const CUSTOMER_SUBJECT = /\byou\s+(?:\w+\s+)?$/i;
/** "Your refund will be processed by our payment provider": a third party's part in the remedy, not an excuse. */
const FUTURE = /\b(?:will|shall|to)\s+(?:\w+\s+)?be\s+$/i;

interface Excuse {
  readonly at: number;
  readonly end: number;
  readonly denial: boolean;
}

/** The first excuse in a sentence, or undefined. */
function findExcuse(text: string, ownsElsewhere: boolean): Excuse | undefined {
  const found: Excuse[] = [];
  for (const m of matches(DENIAL, text)) {
    if (CUSTOMER_SUBJECT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    found.push({ at: m.index, end: m.index + m[0].length, denial: FAULT_DENIAL.test(m[0]) });
    break;
  }
  for (const m of matches(CUSTOMER_BLAME, text)) {
    if (isNegated(text, m.index + 1, 30)) continue;
    found.push({ at: m.index, end: m.index + m[0].length, denial: false });
    break;
  }
  if (!ownsElsewhere) {
    for (const m of matches(EXCUSE, text)) {
      if (!/\bnot\s+always/i.test(m[0]) && isNegated(text, m.index + 1, 25)) continue;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (CUSTOMER_SUBJECT.test(before) || FUTURE.test(before)) continue;
      found.push({ at: m.index, end: m.index + m[0].length, denial: false });
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at)[0];
}

/** The excuse clause around a match: from the cause it names (or the clause start) to the clause end. */
function excuseClause(text: string, excuse: Excuse): { start: number; end: number } {
  const clause = clauseStart(text, excuse.at);
  let start = clause;
  let end = Math.max(clauseEnd(text, excuse.end), excuse.end);
  const lead = CAUSE_LEAD.exec(text.slice(clause, excuse.end));
  if (lead && lead.index <= excuse.at - clause && !/\b(?:was|were|is|are|been|be)\s+$/i.test(text.slice(clause, clause + lead.index))) {
    // "due to X, we ..." : the cause phrase ends at its comma.
    start = clause + lead.index;
    const comma = text.indexOf(",", excuse.end);
    if (comma >= 0 && comma < end) end = comma;
  } else if (/\bbecause\s*$/i.test(text.slice(0, clause))) {
    start = text.slice(0, clause).search(/because\s*$/i);
  }
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s.!?,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

const MESSAGE = "This puts the blame on someone or something else. Customers hear an excuse; own what went wrong instead.";

/**
 * Removes the excuse: the whole sentence when the excuse is all of it, else the clause and its
 * connector. A denial of fault becomes an admission instead.
 */
/** `wholeExcuse`: what is left once the clause is gone still excuses, so the sentence goes. */
function removal(doc: string, s: Sentence, start: number, end: number, denial: boolean, wholeExcuse: boolean): Fix {
  const text = s.text;
  const whole = (start === 0 && /^[.!?\s]*$/.test(text.slice(end))) || (wholeExcuse && !denial);
  if (denial) {
    const edit = whole
      ? { start: s.start, end: s.end, newText: "This was our mistake." }
      : { start: s.start + start, end: s.start + end, newText: start === 0 ? "This was our mistake" : "this was our mistake" };
    return { title: "Own the mistake instead", edits: [edit], safe: false };
  }
  let edit: TextEdit;
  if (whole) {
    edit = sentenceRemoval(doc, s);
  } else if (start === 0) {
    const skip = /^[\s,;:]*/.exec(text.slice(end))![0].length;
    const code = text.codePointAt(end + skip);
    const next = code === undefined ? "" : String.fromCodePoint(code);
    edit = { start: s.start, end: s.start + end + skip + next.length, newText: next.toUpperCase() };
  } else {
    const cut = start - CONNECTOR.exec(text.slice(0, start))![0].length;
    edit = { start: s.start + cut, end: s.start + end, newText: "" };
  }
  return { title: whole ? "Remove the excuse sentence" : "Remove the excuse", edits: [edit], safe: false };
}

/** Deletes a sentence with the spaces after it (or, at a line end, the spaces before it). */
function sentenceRemoval(doc: string, s: Sentence): TextEdit {
  const after = /^[ \t]*/.exec(doc.slice(s.end))![0].length;
  const lineEnd = s.end + after >= doc.length || doc[s.end + after] === "\n" || doc[s.end + after] === "\r";
  if (!lineEnd) return { start: s.start, end: s.end + after, newText: "" };
  const before = /[ \t]*$/.exec(doc.slice(0, s.start))![0].length;
  return { start: s.start - before, end: s.end, newText: "" };
}

export const blameShifting: Rule = {
  meta: {
    id: "blame-shifting",
    description: "Excuses, or blame moved to a carrier, a supplier, the weather, the system or the customer.",
    advice: "Take full responsibility: avoid deflecting blame or making excuses. Say what you got wrong, not who else was involved.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check(ctx: RuleContext): RuleFinding[] {
    const ownsElsewhere = ctx.elements.responsibility.present;
    const doc = ctx.letter.doc.text;
    const out: RuleFinding[] = [];
    for (const s of ctx.letter.own) {
      const excuse = findExcuse(s.own, ownsElsewhere);
      if (!excuse || takesResponsibility(s.own)) continue;
      const { start, end } = excuseClause(s.own, excuse);
      const rest = s.own.slice(0, start) + s.own.slice(end);
      const wholeExcuse = findExcuse(rest, ownsElsewhere) !== undefined;
      out.push({ start: s.start + start, end: s.start + end, message: MESSAGE, fixes: [removal(doc, s, start, end, excuse.denial, wholeExcuse)] });
    }
    return out;
  },
};
