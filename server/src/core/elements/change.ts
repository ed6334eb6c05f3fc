import type { Letter, Sentence } from "../letter";
import { clauseEnd, isNegated, leadIn } from "../lexicon/clauses";
import type { Span } from "../types";
import type { ElementDetector } from "./detector";

const APOS = "['\u2019]";
/** What a prevention step acts on: a process, a check, a tool, a supplier. */
const PROCESS = String.raw`(?:process(?:es|ing)?|procedures?|operations|guides?|polic(?:y|ies)|systems?|checks?|checklists?|training|quality\s+control|packaging|staffing|rotas?|schedul(?:e|es|ing)|workflows?|practices?|tools?|tooling|steps?|rules?|guidelines|controls?|safeguards?|monitoring|alerts?|alerting|inspections?|audits?|reviews?|filters?|fixtures?|label(?:s|ling|ing)?|scans?|tests?|testing|software|settings|configuration|security|sign-?offs?|approvals?|handovers?|standards|protocols?|rout(?:es|ing)|scripts?|templates?|queues?|contracts?|suppliers?|vendors?|couriers?|partners?|providers?|communications?|website|app|portal|pages?|wording|information|capacity|network|equipment|servers?|infrastructure|backups?)\b`;
const MEASURE_ADJ = String.raw`(?:new|additional|extra|second|daily|weekly|monthly|quarterly|hourly|annual|regular|routine|automatic|automated|mandatory|compulsory|independent|random|stricter|tighter|refresher|formal|written)`;
const STAFF = String.raw`(?:staff|teams?|employees|agents|drivers|managers|colleagues|advisers|advisors|pharmacists|receptionists|crew|workers|technicians|engineers|planners|pickers|packers)`;
/** Training under any name: "a session with our chef", "a refresher workshop". */
const COURSE = String.raw`(?:training|sessions?|courses?(?!\s+of\b)|workshops?|modules?|briefings?|coaching|classes)`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;

/** Work described as never-ending names no step of its own: "we are constantly reviewing our operations". */
const ONGOING = String.raw`(?:constantly|continually|continuously|always|regularly)`;
const ONGOING_WORK = new RegExp(String.raw`\b${ONGOING}\b`, "i");

/**
 * Commitments to prevent a repeat, in one pass. Groups say what kind of commitment matched:
 * `company` (we + change verb, object checked in `heldBy`), `measure` (a named check, training,
 * audit or schedule), `now` (a rule that now applies to every case), `timed` ("from 1 April ..."),
 * `since` (a rule in force since a recent day) and `promise` (a recurrence promise or an unnamed improvement: present, but vague).
 */
const COMMITMENT = new RegExp(
  // Every commitment starts at a word or an apostrophe ("we've"): the lookahead rejects other positions at once.
  String.raw`\b(?=[\w'\u2019])(?:` +
  [
    String.raw`(?<company>\b(?:we|I|our\s+[\w-]+(?:\s+[\w-]+)?|the\s+(?:company|team|store|shop|hotel|clinic|practice|office|airline|bank))(?:${APOS}(?:ve|re|ll|m|d)\b|\s+(?:have|has|are|is|am|will|shall|would|need\s+to|must|also|since|now|already|immediately|recently|currently|${ONGOING}|going\s+to|plan(?:ning)?\s+to|intend\s+to|committed\s+to|determined\s+to|working\s+to|promise\s+to|pledge\s+to|be|been|begun|started|not|never)\b){1,4}\s+(?<verb>review\w*|chang\w*|updat\w*|retrain\w*|train(?:ed|ing)?|introduc\w*|implement\w*|add(?:ed|ing)?|audit\w*|tighten\w*|reinforc\w*|overhaul\w*|revis\w*|redesign\w*|strengthen\w*|put\s+in\s+place|set\s+up|install\w*|rewr[io]t\w*|fix(?:ed|ing)?|brief\w*|remind\w*|instruct\w*|streamlin\w*|upgrad\w*|deploy\w*|roll\w*\s+out|relabel\w*|withdr[ae]wn?|remov\w*|end(?:ed|ing)?|replac\w*|restructur\w*|reorganis\w*|reorganiz\w*|automat\w*|encrypt\w*|recruit\w*|hir(?:ed|ing)|creat\w*|launch\w*|appoint\w*|switch\w*|mov(?:ed|ing)|disabl\w*|enabl\w*|expand\w*|increas\w*|improved|invest\w*|patch\w*|doubl(?:ed|ing)|tripl(?:ed|ing)|gone\s+through|go(?:ing)?\s+through|look(?:ed|ing)?\s+at|examin\w*|delet\w*|re-?evaluat\w*|adjust\w*|scrutini[sz]\w*|rethink\w*|harden\w*|re-?architect\w*|re-?engineer\w*|rebuil[dt]\w*|dedicat\w*|setup)\b(?=(?<object>[^.;:!?]{0,80})))`,
    String.raw`(?<measure>\b${MEASURE_ADJ}\s+(?:[\w-]+\s+){0,2}?(?:checks?|steps?|process(?:es)?|procedures?|reviews?|audits?|inspections?|safeguards?|controls?|alerts?|alerting|training|verification|sign-?offs?|scans?|tests?|testing|tooling|monitoring|rules?|filters?|protocols?|checklists?|approvals?|barcode\s+scans?)\b` +
      String.raw`|\b(?:complet\w*|receiv\w*|attend\w*|undergo\w*|undergone|given|get(?:ting)?|tak(?:e|en|ing)|go(?:es|ne|ing)?\s+through|went\s+through|(?:send(?:ing)?|sent|put(?:ting)?)\s+(?!you\b)(?:[\w-]+\s+){0,3}?(?:on|through))\s+(?:[\w-]+\s+){0,3}?${COURSE}\b|\b(?:retrain|(?:re)?train(?:ed|ing))\s+(?:all\s+|our\s+|the\s+|every\s+)?(?:[\w-]+\s+){0,2}?${STAFF}\b|\btrain\s+(?:all|our|the|every)\s+(?:[\w-]+\s+){0,2}?${STAFF}\b` +
      String.raw`|\b${STAFF}\s+(?:\w+\s+){0,3}?(?:retrained|trained|reminded|instructed|briefed|coached)\b` +
      String.raw`|\b(?:full|public|detailed|complete)\s+post-?mortem\b|\bindependent\s+(?:[\w-]+\s+){0,2}?(?:firm|laborator(?:y|ies)|auditors?|company|experts?|reviewers?|contractor|consultants?|body|assessors?)\b|\b(?:post-incident|post-mortem|lessons-learned|root-cause)\s+(?:review|analysis)\b` +
      String.raw`|\b(?:checked|tested|reviewed|audited|inspected|scanned|logged|monitored|verified|double-checked|test|check|review|audit|inspect|scan|monitor|verify)\s+(?:[\w-]+\s+){0,3}?(?:daily|weekly|monthly|quarterly|hourly|annually|every\s+(?:day|week|month|quarter|year|hour|morning|evening|night|shift))\b` +
      String.raw`|\b(?:review|audit|overhaul)\s+of\s+(?:[\w-]+\s+){0,3}?${PROCESS}|\b(?:ensur(?:e|ing)|mak(?:e|ing)\s+sure)\s+(?:that\s+)?(?:all\s+|our\s+|every\s+)?(?:[\w-]+\s+)?${STAFF}\s+(?:are|is|know|understand|follow|check|receive)\b` +
      String.raw`|\b(?:${PROCESS}|forms?|pages?|website|app|menus?|templates?|scripts?|screens?)\s+(?:has|have)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:redesigned|rewritten|changed|updated|revised|replaced|tightened|reorgani[sz]ed|re-?configured|rebuilt|reworked)\b` +
      String.raw`|\bthrough\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|procedures?|process(?:es)?|guidance|rules|guide)\b(?<=\b(?:every|each|all)\s+(?:[\w-]+\s+){0,6}?(?:went|go|goes|have\s+gone|has\s+gone|will\s+go)\s+through\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|procedures?|process(?:es)?|guidance|rules|guide))|\btak(?:e|es|ing|en)\s+(?:the|our|all|every)\s+(?:[\w-]+\s+){0,3}?(?:${STAFF}|team)\s+through\b` +
      String.raw`|\bnow\s+(?:has|have|uses?|carries|includes?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:sensors?|alarms?|alerts?|checks?|scanners?|locks?|guards?|barcodes?|cameras?|filters?|warnings?)\b|\b(?:separate|different)\s+(?:aisles|shelves|areas|bays|rooms|locations|sections|bins)\b(?<=\b(?:moved|separated|split)\s+(?:[\w-]+\s+){1,6}?(?:to|into|onto)\s+(?:separate|different)\s+(?:aisles|shelves|areas|bays|rooms|locations|sections|bins))` +
      String.raw`|\b(?:started|begun|began|now)\s+(?:scanning|checking|photographing|weighing|testing|verifying|labell?ing|confirming|recording|logging|calling)\s+(?:every|each|all|any)\b` +
      String.raw`|\b(?:signed\s+off\s+on|approved|agreed\s+to)\s+(?:doubling|tripling|increasing|adding|hiring|upgrading|replacing)\b|\b(?:running|run|carry(?:ing)?\s+out|holding)\s+(?:a|an)\s+(?:full\s+|new\s+|full-scale\s+)?(?:load|stress|safety|security|fire)\s+tests?\b` +
      String.raw`|\b(?:is|are)\s+being\s+(?:replaced|upgraded|rebuilt|renewed|redesigned|reinforced|strengthened|rewritten|overhauled)\b` +
      String.raw`|\b(?:asked|told|instructed|required)\s+(?:the|our|all|every)\s+(?:[\w-]+\s+)?(?:${STAFF}|kitchen|team|warehouse|drivers?|office|branch(?:es)?|stores?)\s+to\s+\w+\s+(?:[\w-]+\s+){0,3}?(?:every|all|each|any)\b` +
      String.raw`|\bput\s+(?:an?|the|new|extra|additional)\s+(?:[\w-]+\s+)?(?:alerts?|alarms?|checks?|process|procedures?|safeguards?|controls?|steps?|rules?|systems?|limits?|locks?|barriers?|signs?|warnings?|sensors?)\s+in\s+place\b|\bmade\s+it\s+(?:a\s+)?(?:rule|policy|requirement|standard\s+practice|mandatory|compulsory)\b` +
      String.raw`|\b(?:all|every)\s+(?:new\s+)?${STAFF}\s+(?:will|now|must)\s+\w+|\b(?:stopped|ceased)\s+(?:using|working\s+with|buying\s+from|dealing\s+with)\b` +
      String.raw`|\b(?:effort|plan|project|programme|program|work)\s+to\s+(?:re-?evaluat|review|adjust|chang|overhaul|redesign|tighten|strengthen|updat|rebuil)\w*\s+(?:and\s+\w+\s+)?(?:[\w-]+\s+){0,3}?${PROCESS}\b|\bset\s+(?:new|higher|stricter|clearer|tougher)\s+(?:[\w-]+\s+){0,3}?(?:standards?|rules?|guidelines?|requirements?)\b` +
      String.raw`|\b(?:thorough|full|comprehensive|complete|detailed|wide-ranging)\s+review\s+of\s+(?!what\b|how\s+this\b|the\s+(?:incident|events?|case|complaint|matter|circumstances)\b|your\b|this\b|it\b)` +
      String.raw`|\bno\s+longer\s+(?:depends?|relies|rely|requires?|allows?|permits?|uses?|shares?)\b` +
      String.raw`|\bth(?:e|is|ese)\s+(?:changes?|new\s+(?:rules?|checks?|process(?:es)?|procedures?))\s+(?:now\s+|will\s+)?(?:applies|apply|covers?)\s+to\s+(?:every|all|each)\b)`,
    String.raw`(?<now>\bnow\b|\bmust\s+(?:now\s+)?(?:be\s+)?(?:approv|check|confirm|sign|match|scan|test|verif|review|act|appl|sen[dt]|record|log)\w*)`,
    String.raw`(?<timed>\b(?:from\s+now\s+on|going\s+forward|moving\s+forward|in\s+(?:the\s+)?future|from\s+(?:this|next)\s+(?:week|weekend|month|year|quarter|season|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:from|starting|beginning)\s+(?:today|tomorrow|immediately|now)|(?:starting|beginning|as\s+of)\s+(?:this|next)\s+(?:week|weekend|month|year|quarter|season|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|effective\s+immediately|(?:starting|beginning)\s+(?:(?:with|from|on|in)\s+)?(?:the\s+)?(?:next\s+[\w-]+|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH})|from\s+the\s+next\s+(?:[\w-]+\s+)?(?:cycle|release|update|period|season|term|week|month|quarter|year|shift)|(?:from|since|as\s+of|starting|effective)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)\b)`,
    String.raw`(?<since>\bsince\s+(?:last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|week|month)\b)`,
    String.raw`(?<promise>\b(?:ensur(?:e|ing)|make\s+sure|making\s+sure|see\s+to\s+it|guarantee|so)\s+(?:that\s+)?(?:this|it|that|such\s+[\w-]+|nothing\s+like\s+this|the\s+same\s+[\w-]+|no\s+(?:one|other|[\w-]+)|the\s+(?:error|mistake|problem|issue|fault)|an?\s+(?:[\w-]+\s+){0,2}like\s+(?:this|yours)|this\s+kind\s+of\s+[\w-]+|similar\s+[\w-]+)\s+(?:[\w-]+\s+){0,4}?(?:does\s+not|doesn${APOS}t|do\s+not|don${APOS}t|will\s+not|won${APOS}t|never|cannot|can${APOS}t|is\s+not|isn${APOS}t)\s+(?:[\w-]+\s+){0,2}?(?:happen|recur|occur|repeat|sit|go|slip|arise)` +
      // The subject carries the negation: "make sure nothing like this happens again", "no one else goes through this".
      String.raw`|\b(?:ensur(?:e|ing)|make\s+sure|making\s+sure|see\s+to\s+it|guarantee)\s+(?:that\s+)?(?:nothing|no\s+one|nobody|no\s+other\s+[\w-]+)\s+(?:else\s+)?(?:[\w-]+\s+){0,4}?(?:happens|recurs|occurs|goes\s+through|experiences|faces|suffers|has\s+to\s+go\s+through)\b` +
      String.raw`|\b(?:never|not)\s+happen\s+again\b|\bwon${APOS}t\s+happen\s+again\b` +
      String.raw`|\bso\s+(?:that\s+)?[^.;]{0,70}?\b(?:can\s+no\s+longer|no\s+longer|never\s+again|(?:cannot|can${APOS}t|will\s+not|won${APOS}t|does\s+not|doesn${APOS}t|never)\b[^.;]{0,40}?\bagain)\b` +
      String.raw`|\bprevent(?:s|ed|ing)?\s+(?:this|that|it|such|similar|a\s+recurrence|recurrence|a\s+repeat|repeats?|future|the\s+same|any\s+(?:further|future|similar|repeat)|further|a\s+similar|another)\b` +
      String.raw`|\b(?:avoid|stop)\s+(?:this|that|it|a\s+repeat)\s+(?:from\s+)?(?:happening|recurring)\s+again\b|\b(?:reduce|minimi[sz]e|lower)\s+the\s+(?:risk|chance|likelihood)\s+of\s+(?:this|it|a\s+repeat|similar|such|another|future)\b` +
      String.raw`|\b(?:committed|commit|determined|working\s+hard|pledge|promise|resolved)\s+to\s+(?:[\w-]+\s+){0,3}?(?:improv\w*|do(?:ing)?\s+better|better|chang\w*|learn\w*|fix\w*|making\s+sure|ensur\w*)` +
      String.raw`|\b(?:we|I)(?:${APOS}ll|${APOS}ve|\s+have|\s+will|\s+are\s+going\s+to|${APOS}re\s+going\s+to|${APOS}re\s+gonna|\s+are\s+gonna|\s+must|\s+gotta|\s+have\s+to|\s+need\s+to|\s+promise\s+to|\s+shall)?\s+(?:also\s+)?(?:try\s+(?:our\s+best\s+)?to\s+|strive\s+to\s+|work\s+(?:hard\s+)?to\s+|endeavou?r\s+to\s+|aim\s+to\s+|continue\s+to\s+)?(?:do\s+(?:\w+\s+)?better|improve|be\s+more\s+(?:careful|attentive|thorough|vigilant)|do\s+our\s+(?:very\s+)?best|learn(?:ed|t|ing)?\s+from|take\s+(?:the\s+)?lessons|get\s+better|up\s+our\s+game|raise\s+our\s+game)\b` +
      String.raw`|\blessons\s+(?:will\s+be|have\s+been|are\s+being|must\s+be)\s+learn\w*|\btak(?:e|en|ing)\s+(?:this|your\s+(?:feedback|comments)|these\s+\w+)\s+on\s+board\b|\b(?:be|been)\s+used\s+(?:\w+\s+){0,4}?to\s+improv\w*|\buse\s+(?:this|it|them|your\s+[\w-]+)\s+to\s+improv\w*|\bwork(?:ing)?\s+(?:closely\s+)?with\s+(?:[\w-]+\s+){1,4}?to\s+(?:improv\w*|ensur\w*|prevent|make\s+sure|fix|review)` +
      String.raw`|\b(?:ensur(?:e|ing)|make\s+sure|making\s+sure)\s+(?:that\s+)?(?:we|I)(?:${APOS}re|${APOS}m|\s+are|\s+am|\s+will|${APOS}ll|\s+do)?\s+(?:not|never|n${APOS}t)\b[^.;]{0,40}?\bagain\b|\bmak(?:e|ing)\s+(?:[\w-]+\s+){1,3}?better\b(?!\s+for\s+you\b)|\b(?:we|I)(?:${APOS}re|\s+are)?\s+(?:going\s+to|will|${APOS}ll)\s+get\s+(?:it|this|things)\s+right\b` +
      String.raw`|\b(?:apply|use|put)\s+(?:that|this|these|the)\s+(?:knowledge|learnings?|lessons?|insights?|experience)\s+to\s+improv\w*` +
      String.raw`|\b(?:put|putting|puts)\s+(?:[\w-]+\s+){0,3}?(?:measures|safeguards|checks|controls|steps)\s+in\s+place\b|\bmak(?:e|ing)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?more\s+(?:robust|reliable|resilient|stable|secure)\b` +
      String.raw`|\b${ONGOING}\s+(?:looking|working|striving|seeking|trying|aiming)\s+(?:for\s+ways\s+)?to\s+improv\w*` +
      String.raw`|\b(?:have|has|${APOS}ve|are|is|${APOS}re|will|${APOS}ll|be)\s+(?:also\s+|already\s+|now\s+)?(?:making|made|make|implementing|implemented)\s+(?:some\s+|several\s+|a\s+number\s+of\s+|the\s+necessary\s+|further\s+)?changes\b|\btak(?:e|en|ing)\s+(?:\w+\s+)?(?:steps|action|measures)\s+to\b` +
      String.raw`|\b(?:we|our\s+[\w-]+)\s+(?:will\s+|now\s+)?no\s+longer\s+(?!(?:stock|sell|offer|carry|have|provide|support|make|produce|accept|hold|exist)\b))`,
  ].join("|") + ")",
  "gi",
);

/** The object of a company change verb must be a process, not this customer's account. */
const PROCESS_OBJECT = new RegExp(String.raw`^\s*(?:[\w'\u2019-]+\s+){0,8}?(?:${PROCESS}|${STAFF}\b|${MEASURE_ADJ}\b|(?:every|all|each|any)\b|(?:how|the\s+way)\s+(?!(?:this|it|that|things|we\s+(?:got|made|let))\b|the\s+(?:error|mistake|problem|issue|incident|fault|breach|outage)\b)|from\s+sale\b)`, "i");
/** Telling staff to work differently names its measure in the instruction itself. */
const STAFF_INSTRUCTION = /^(?:retrain|train|brief|remind|instruct)/i;
/** "we're reminded of …": the writer on the receiving end, not instructing anyone. */
const PASSIVE_INSTRUCTION = /(?:['\u2019](?:re|s)|\b(?:am|is|are|was|were|be|been|being))\s+(?:\w+\s+)?(?:reminded|briefed|instructed|trained)\s*$/i;
const CUSTOMER_OBJECT = /^\s*(?:(?:\S+\s+){0,3}?(?:your|you|yours)\b|(?:each|all)\s+of\s+(?:these|those|the\s+affected)\b|(?:all|every)\s+affected\b)/i;
/** Amends words: "we have added a credit to your account" is a remedy, not a change. */
const REMEDY_OBJECT = /^\s*(?:\S+\s+){0,4}?(?:credit|refund|voucher|discount|compensation|replacement|helpline|phone\s+line|hotline|points)\b/i;
/** A rule that now holds for every case, not a state of this customer's order. */
const GENERAL_RULE = new RegExp(String.raw`\b(?:every|each|all|any|always|whenever|automatically|by\s+default|instead\s+of|before|within|rather\s+than)\b|${PROCESS}|\b${STAFF}\b`, "i");
const RESOLVED_NOW = /^\s*(?:with\s+(?:our|the|your)\b|been\s+(?:refunded|credited|corrected|fixed|resolved|restored|updated|reversed|cancell?ed|processed|sent|paid|removed|returned)\b|(?:\w+\s+){0,2}?(?:working|running|back|up|available|fixed|resolved|restored|live|online|normal|operational|closed|open|complete|completed|safe|ready|in\s+(?:stock|your|the\s+post|a\s+position)|on\s+(?:its|the)\s+way|have\s+all|has\s+all))\b/i;
/** "Our team is now looking at your case": work on this customer's case in progress, not a new rule. */
const WORKING_ON_YOURS = /^\s*(?:\w+\s+)?\w+ing\s+(?:\w+\s+)?(?:at|into|on|with|to|over)?\s*(?:your|you)\b/i;
/** "Everything is back up and stable now": the service restored, not a rule. */
const RESOLVED_BEFORE = /\b(?:back|up|working|running|stable|fixed|resolved|restored|live|online|normal|sorted|available)\s*(?:again\s*)?$/i;
const PERFECT_NOW = /\b(?:I|we)\s+(?:have|has|had|am|are|is|was|were)\s*$|\b(?:I|we)['\u2019](?:ve|re|m)\s*$/i;
/** Words that make a dated or "going forward" promise vague rather than a named measure. */
const VAGUE_WORDING = /\b(?:try|trying|strive|striving|endeavou?r|best|better|improv\w*|wherever\s+possible|as\s+\w+\s+as\s+possible|aim|hope|committed|commitment|learn\w*|lessons|careful|attentive|vigilant|thorough|every\s+measure|everything\s+(?:we|I)\s+can|whatever\s+(?:we|it)\s+(?:can|takes))\b/i;
/** Pleasantries about the future, not about preventing a repeat. */
const LOOKING_FORWARD = /\b(?:look(?:ing)?\s+forward|hope\s+to|welcome\s+you|serv(?:e|ing)\s+you|see\s+you|hear\s+from\s+you|do(?:ing)?\s+business|choos(?:e|ing)\s+us|shopping\s+with|visit\s+us)\b/i;
/** A date that belongs to a letter or an order ("your email from 3 May"), not a start date. */
const DATED_THING = /\b(?:letter|e-?mail|message|order|call|complaint|invoice|bill|statement|note|payment|charge|booking|reply|response|ticket|receipt|visit|flight|stay)\s*$/i;
/** Work on today's incident, not on a repeat: "working hard to fix this right now". */
const INCIDENT_RESPONSE = /\b(?:right\s+now|at\s+the\s+moment|as\s+we\s+speak|back\s+to\s+normal|shortly|as\s+(?:quickly|soon)\s+as\s+(?:possible|we\s+can))\b/i;
/** "the independent contractor you engaged": the customer's own arrangement, not the company's measure. */
const CUSTOMERS_OWN = /^\s*(?:that\s+|who\s+)?you\s+(?:had\s+)?(?:engaged|hired|used|chose|booked|appointed|found|paid)\b/i;
/** "a note on your account so that …": a step for this customer's own account, which is not a change (LABELING). */
const NOTE_ON_ACCOUNT = /\b(?:note|flag|marker|comment|alert)s?\s+(?:on|to)\s+your\s+(?:account|file|record|profile)\b/i;
/** Winning back the customer is about the relationship, not about preventing a repeat. */
const RELATIONSHIP_GOAL = /\bto\s+(?:restore|regain|rebuild|earn|win\s+back|re-?earn|keep)\s+(?:your|the|our)\s+(?:[\w-]+\s+)?(?:confidence|trust|faith|business|custom|loyalty)\b/i;
/** Someone outside the company carries the commitment: "our hosting provider is investigating so it doesn't happen again". */
const THIRD_PARTY_SUBJECT = /\b(?:has|have)\s+(?:assured|told|promised|confirmed\s+to)\s+us\b|\bassures?\s+us\b|^\s*(?:[\w'\u2019-]+\s+){0,4}?(?:provider|carrier|courier|supplier|vendor|manufacturer|partner|contractor|landlord|airport|authorities|bank|insurer|processor)s?\s+(?:is|are|will|has|have|says?|said)\b/i;

/** Advice to the customer is not the company's change. */
const CUSTOMER_ADVICE = /\b(?:please(?!\s+(?:be\s+assured|rest\s+assured|know|accept|note\s+that\s+(?:we|I)))|you\s+(?:should|must|may\s+(?:want|wish)|might\s+(?:want|wish)|need\s+to|can|could)|(?:we|I)\s+(?:recommend|suggest|advise|ask|encourage|urge)\b|remember\s+to|make\s+sure\s+(?:you|to)|ensure\s+(?:that\s+)?you\b|be\s+sure\s+to)/i;
/** "the parcel was scanned daily", "the new process caused the delay": describing the failure. */
const PAST_FACT = /\b(?:was|were|had|had\s+been)\s*$/i;
const PART_OF_OFFENSE = /\b(?:caused|led\s+to|resulted\s+in|to\s+blame|missed|failed)\b/i;
const NEGATED_VERB = /\b(?:not|never)\b|n['\u2019]t\b/i;
const INHERENTLY_NEGATIVE = /never|not|n['\u2019]t|no\s+longer|prevent|avoid|stop|reduce|minimi/i;

interface Commitment {
  readonly concrete: boolean;
}

/** Reads one match in its sentence: undefined when it is not a commitment by the writer's side. */
function readCommitment(text: string, m: RegExpExecArray): Commitment | undefined {
  const at = m.index;
  const g = m.groups ?? {};
  const before = leadIn(text, at);
  if (!INHERENTLY_NEGATIVE.test(m[0]) && isNegated(text, at, 25)) return undefined;
  if (THIRD_PARTY_SUBJECT.test(text)) return undefined;
  if (g["company"] !== undefined) {
    const object = g["object"] ?? "";
    if (NEGATED_VERB.test(m[0]) || CUSTOMER_ADVICE.test(before)) return undefined;
    if (CUSTOMER_OBJECT.test(object) || REMEDY_OBJECT.test(object)) return undefined;
    if (!PROCESS_OBJECT.test(object) && (!STAFF_INSTRUCTION.test(g["verb"] ?? "") || PASSIVE_INSTRUCTION.test(m[0]))) return undefined;
    // "We are constantly reviewing our operations" names no step of its own.
    return { concrete: !ONGOING_WORK.test(m[0]) };
  }
  if (g["measure"] !== undefined) {
    if (CUSTOMERS_OWN.test(text.slice(at + m[0].length))) return undefined;
    if (/\byour?\b/i.test(before) || CUSTOMER_ADVICE.test(before) || PAST_FACT.test(before) || PART_OF_OFFENSE.test(text)) return undefined;
    return { concrete: true };
  }
  if (g["now"] !== undefined) {
    const after = text.slice(at + m[0].length, clauseEnd(text, at));
    if (/\byou(?:r|rs)?\b/i.test(before) || PERFECT_NOW.test(before) || RESOLVED_BEFORE.test(before) || RESOLVED_NOW.test(after) || WORKING_ON_YOURS.test(after)) return undefined;
    if (/\b(?:right|for|just|until|by|as\s+of)\s*$/i.test(before) || /^\s*that\b/i.test(after) || !GENERAL_RULE.test(text) || CUSTOMER_ADVICE.test(text)) return undefined;
    return { concrete: true };
  }
  if (g["timed"] !== undefined) {
    if (DATED_THING.test(text.slice(0, at)) || LOOKING_FORWARD.test(text) || CUSTOMER_ADVICE.test(text)) return undefined;
    if (/\byour?\b|\b(?:prices?|fees?|tariffs?|rates)\s+(?:will\s+)?(?:rise|increase|go\s+up|change)|\bopening\s+hours\b/i.test(text)) return undefined;
    return { concrete: !VAGUE_WORDING.test(text) };
  }
  if (g["since"] !== undefined) {
    // "Since Monday our packers scan every box": a rule already in force; "since Monday we have been looking" is not.
    if (/\byour?\b/i.test(text) || !GENERAL_RULE.test(text) || /\b(?:has|have|had)\s+been\b|['\u2019]ve\s+been\b/i.test(text)) return undefined;
    return { concrete: true };
  }
  if (CUSTOMER_ADVICE.test(text) || RELATIONSHIP_GOAL.test(text.slice(at)) || INCIDENT_RESPONSE.test(text) || NOTE_ON_ACCOUNT.test(text)) return undefined;
  return { concrete: false };
}

/** Every commitment the sentence makes, in order, with the words that make it. */
function commitments(text: string): (Commitment & Span)[] {
  const out: (Commitment & Span)[] = [];
  COMMITMENT.lastIndex = 0;
  for (let m = COMMITMENT.exec(text); m; m = COMMITMENT.exec(text)) {
    const c = readCommitment(text, m);
    if (c) out.push({ ...c, start: m.index, end: m.index + m[0].length });
    // A rejected "we + verb" reading must not hide a measure inside its words ("our team will go through a session").
    else if (m.groups?.["company"] !== undefined) COMMITMENT.lastIndex = m.index + 1;
  }
  return out;
}

/** True when the sentence commits the writer's side to preventing a repeat. */
export function commitsToChange(text: string): boolean {
  return commitments(text).length > 0;
}

/** The words of the sentence's first commitment: what a finding about the promise points at. */
export function firstCommitment(text: string): Span | undefined {
  const [first] = commitments(text);
  return first && { start: first.start, end: first.end };
}

/**
 * True when the sentence names a concrete measure (a review, check, training, process change, new
 * tool or schedule) rather than only promising to improve ("committed to improving", "do our best").
 */
export function namesConcreteMeasure(text: string): boolean {
  return commitments(text).some((c) => c.concrete);
}

export const change: ElementDetector = {
  id: "change",
  title: "Commit to change",
  label: "commit to change",
  advice: "Say what you are changing so it does not happen again: a reviewed process, a new check, training. A named step is more convincing than \"we'll do better\".",
  example: "We are reviewing our shipping processes to ensure timely deliveries in the future.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => commitsToChange(s.own)),
};
