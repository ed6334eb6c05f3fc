import type { Letter, Sentence } from "../letter";
import { clauseEnd, clauseStart } from "../lexicon/clauses";
import { matches } from "../lexicon/matches";
import type { ElementDetector } from "./detector";

const APOS = "['\u2019]";
/** Things a letter sends, never a remedy: "we'll send you an email". */
const PAPERWORK = String.raw`(?:[\w-]+\s+)?(?:e-?mail|message|letter|link|text|update|confirmation|survey|reminder|copy|summary|notification|form|details|list|note|invoice|receipt|statement|bill)s?\b`;

/**
 * Concrete remedies for this customer: money back, goods, a corrected account, a faster or personal
 * service. Named groups mark the readings that need a second look (see `plausible`).
 */
const REMEDY = new RegExp(
  // Every remedy starts at a word or an apostrophe ("it's on us"): the lookahead rejects other positions at once.
  String.raw`\b(?=[\w'\u2019])(?:` +
  [
    // Money back or off.
    String.raw`\b(?:full\s+|partial\s+)?refund(?:s|ed|ing)?\b|\breimburs\w*|\bcompensat\w*|\bwaiv(?:e|ed|es|ing)\b`,
    String.raw`\b(?:vouchers?|coupons?|gift\s+cards?|cheques?\s+for|promo(?:tional)?\s+codes?|discount(?:s|ed)?|store\s+credit|half[\s-]price)\b`,
    String.raw`\bcredit(?:s|ed)?\b(?!\s+(?:cards?|unions?|scores?|ratings?|checks?|reports?|limits?|history|files?|on\s+time|as\s+(?:normal|usual))|\s+(?:[\w-]+\s+){1,2}with\b)`,
    String.raw`(?:\b\d+|\bXX)\s?%\s+(?:off|discount)\b`,
    String.raw`\bfree\s+of\s+charge\b|\bat\s+no\s+(?:extra\s+|additional\s+|further\s+)?(?:cost|charge|expense)\b|\bat\s+our\s+(?:own\s+)?(?:expense|cost)\b|\bwithout\s+(?:any\s+)?charge\b|\bcomplimentary\b`,
    String.raw`\bfree\s+(?:[\w-]+\s+)?(?:delivery|shipping|postage|returns?|labels?|rentals?|nights?|stays?|upgrades?|months?|years?|weeks?|sessions?|repairs?|replacements?|meals?|tickets?|drinks?|desserts?|grooms?|check-?ups?|subscriptions?|consultations?|collections?|installations?|visits?|classes|lessons?|treatments?)\b`,
    String.raw`(?<onUs>\b(?:is|are|be|${APOS}s)\s+on\s+us\b)`,
    String.raw`\brevers(?:e|ed|ing)\s+(?:[\w$£€.,]+\s+){0,3}?(?:fees?|charges?|payments?|transactions?|penalt(?:y|ies)|debits?|decision)\b`,
    String.raw`\b(?:fees?|charges?|penalt(?:y|ies)|fines?)\s+(?:[\w-]+\s+){0,2}(?:has|have|was|were|will)\s+(?:also\s+)?(?:been|be)\s+(?:cancell?ed|canceled|removed|written\s+off|reversed)\b`,
    String.raw`(?<noCharge>\b(?:not|never|(?:won|don|didn|haven|hasn|aren|isn|wasn|weren)${APOS}t)\s+(?:be\s+|been\s+)?charg(?:e|ed|ing)\s+you\b|\byou\s+(?:will\s+not|won${APOS}t)\s+be\s+charged\b|\bno\s+(?:payment|charge|fee)\s+(?:is|will\s+be)\s+(?:due|payable|taken)\b)`,
    String.raw`\b(?:days?|weeks?|months?|years?|nights?)\s+free\b|\b(?:will\s+be|is|are)\s+(?:completely\s+|entirely\s+|also\s+)?free\b(?!\s+(?:to|from|of\s+(?!charge)))`,
    String.raw`\b(?:cancell?ed|canceled|removed|wrote\s+off|written\s+off|dropped)\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:[\w$£€.-]+\s+){0,2}?(?:fees?|charges?|penalt(?:y|ies)|fines?|surcharges?)\b`,
    String.raw`\bhono(?:u)?r(?:ed|ing)?\s+(?:the\s+|your\s+)?(?:original\s+|advertised\s+|quoted\s+|old\s+)?(?:price|offer|booking|rate|discount|reservation)\b`,
    String.raw`\b(?:returned|repaid|paid\s+back|refunded)\s+(?:in\s+full\s+)?to\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:card|account|bank\s+account|payment\s+method)\b`,
    // An extra visit or service laid on for this customer: "a special collection has been booked for your street".
    String.raw`\b(?:special|extra|additional|one-off|separate)\s+(?:[\w-]+\s+)?(?:collections?|visits?|deliver(?:y|ies)|appointments?|pick-?ups?|call-?outs?|cleans?)\s+(?:[\w-]+\s+){0,3}?(?:booked|arranged|scheduled|organi[sz]ed|laid\s+on)\b|\b(?:booked|arranged|scheduled|organi[sz]ed)\s+(?:you\s+)?(?:an?\s+)?(?:special|extra|additional|one-off|separate)\s+(?:[\w-]+\s+)?(?:collection|visit|delivery|appointment|pick-?up|call-?out|clean)\b`,
    // Money offered or paid: "we can offer $250 towards the repair", "we have paid £175 into your bank account".
    String.raw`\b(?:offer|give|send|pay)\s+(?:you\s+)?(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:dollars|pounds|euros))(?=\s+(?:towards|to\s+cover|for|as|by|in)\b)`,
    // Care arranged, and the writer as the named contact: "arranged for you to see Dr Malhotra", "I will be your contact".
    String.raw`\barrang(?:e|ed|es|ing)\s+for\s+you\s+to\s+(?:see|meet|speak|have|get|receive|be\s+seen)\b|\bI\s+(?:will|['\u2019]ll)\s+be\s+your\s+(?:personal\s+|direct\s+|main\s+|single\s+|named\s+)?(?:contact|point\s+of\s+contact|case\s+(?:manager|handler|officer))\b`,
    String.raw`\b(?:paid|pay|paying|transferred|sent)\s+(?:you\s+)?(?:[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:dollars|pounds|euros))\s+(?:into|to)\s+your\b`,
    // Goods already on their way again: "a pair in size 7 left our warehouse this morning by next-day courier".
    String.raw`\b(?:left|leaves|has\s+left|will\s+leave)\s+(?:our|the)\s+(?:warehouse|depot|workshop|store|shop|kitchen|studio|factory|bakery|pharmacy|office)\s+(?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|by\s+(?:express|next-day|priority|special|same-day)|(?:via|with|on)\s+(?:an?\s+)?(?:express|next-day|priority|same-day))\b`,
    // Money off, or on its way back: "knocked £20 off your bill", "your money is on its way back to you".
    String.raw`\b(?:knock(?:ed|ing)?|tak(?:en|e|ing)|took)\s+(?:[$£€]\s?\d[\d,.]*|\d+\s?%)\s+off\b|\b(?:money|payment|amount|deposit|fee|penny)\s+(?:[\w-]+\s+){0,4}?back\s+(?:to|on|onto|into|in)\s+(?:you|your)\b|\b(?:gone|going|goes|went|paid|put|sent)\s+back\s+(?:to|on|onto|into|in)\s+your\b|\bget\s+(?:every\s+penny|(?:all\s+)?(?:your|the)\s+money|it\s+all)\s+back\b`,
    // Time given free: "we've given you three months of premium access".
    String.raw`\b(?:given|giving|give|gave)\s+you\s+(?:an?\s+|the\s+)?(?:extra\s+|additional\s+|free\s+)?(?:\d+|one|two|three|four|five|six|twelve|a)\s+(?:days?|weeks?|months?|years?|nights?)\b`,
    // The job redone, or brought forward, for this customer.
    String.raw`\bthe\s+(?:right|correct|(?:[\w-]+\s+){1,2}one)\s+(?:went\s+(?:out|in\s+the\s+post)|was\s+sent|has\s+gone\s+out|has\s+been\s+sent|left\s+\w+)\b|\b(?:returned|repaid|given\s+back|paid\s+back)\s+(?:the|your)\s+(?:full\s+)?(?:price|amount|money|fare|fee|deposit|payment|cost)\b|\bour\s+gift\s+(?:to|for)\s+you\b|\b(?:points|miles|gems|coins|tokens|credits)\s+(?:have|has)\s+been\s+(?:added|credited|awarded|deposited)\b|\b(?:everyone|every\s+player|all\s+players|you)\s+(?:who\s+[^.;!?]{0,60}?\s+)?(?:gets?|will\s+get|receives?|will\s+receive)\s+(?:\*\*)?\d[\d,]*\s+\w+`,
    String.raw`\b(?:couriered|posted|sent|shipped|delivered|brought)\s+(?:out\s+)?to\s+you\s+(?:today|tomorrow|this\s+(?:morning|afternoon|evening|week)|first\s+thing|by\s+(?:courier|express|hand))\b`,
    String.raw`\b(?:repacked|reprinted|remade|re-?cooked|re-?cut|re-?fitted|redone)\s+your\b|\b(?:moved|brought)\s+your\s+(?:appointment|booking|delivery|installation|visit|slot|collection|surgery|procedure)\s+(?:forward\s+)?(?:to|up)\b`,
    String.raw`\bmoney\s+back\b|\bback\s+(?:on|to|in|into)\s+your\s+(?:[\w-]+\s+)?(?:card|account|bank|wallet|balance)\b`,
    String.raw`\b(?:add|credit|pay|put)(?:s|ed|ing)?\s+(?:them|it|these|those|the\s+[\w-]+|your\s+[\w-]+(?:\s+[\w-]+)?)\s+back\b`,
    String.raw`\b(?:bonus|extra|free)\s+(?:points|miles|gems|coins|tokens|credits|data|minutes)\b|\b(?:added|adding|credited|awarded|deposited)\s+(?:[\w,-]+\s+){0,3}(?:points|miles|gems|coins|tokens)\b`,
    String.raw`\b(?:added|adding|applied|applying)\s+(?:(?!notes?\b|flags?\b|comments?\b|markers?\b|alerts?\b)[\w$£€.,%-]+\s+){1,6}to\s+your\s+(?:[\w-]+\s+)?(?:account|booking|order|invoice|bill|plan|subscription|balance|wallet|reservation)\b`,
    String.raw`\b(?:pay|paid|paying|cover|covered|covering)\s+(?:for\s+)?(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:cost|costs|repairs?|replacement|damage|fees?|expenses?|taxi|hotel|accommodation|meals?|cleaning)\b`,
    // Goods: a replacement, the right item, an exchange, a collection.
    String.raw`(?<replacement>\breplacements?\b)|\bexchange\s+(?:it|them|your|the)\b|\b(?:an?|free)\s+exchange\b|\bswap\s+(?:it|them|your)\b`,
    String.raw`\b(?:new|brand-new|replacement|correct(?:ed)?|right|fresh|redesigned)\s+(?:[\w-]+\s+){0,3}?(?:(?:was|were|has\s+been|have\s+been|is|are|is\s+being|will\s+be|to\s+be)\s+)?(?:sent|posted|shipped|dispatched|delivered|couriered|on\s+(?:its|the)\s+way)\b`,
    String.raw`\b(?:(?:will|${APOS}ll|can|to|shall|have|has|${APOS}ve)\s+(?:\w+\s+)?)(?:send|sent|ship|shipped|dispatch(?:ed)?|re-?sen[dt]|re-?ship(?:ped)?|re-?deliver(?:ed)?)\s+(?:you\s+(?:a|an|one|another|your|the\s+(?:right|correct))|another|an?\s+(?:new|replacement|fresh|second|free)|your|the\s+(?:right|correct))\b(?!\s+${PAPERWORK})`,
    String.raw`\b(?:courier|driver|engineer|technician|fitter|plumber|electrician|installer)\s+will\s+(?:call\s+at|visit|come|collect|pick\s+up|deliver|fit|install|repair|replace|swap)\b`,
    String.raw`\bcollect(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,5}?(?:from\s+your|and\s+(?:hand|deliver|leave|bring|replace|swap))\b`,
    String.raw`\barrang(?:e|ed|es|ing)\s+(?:for\s+(?:[\w-]+\s+){0,5}?to\s+be\s+(?:delivered|collected|repaired|replaced|fitted|installed|sent)|(?:an?\s+|for\s+an?\s+)(?:[\w-]+\s+)?(?:contractor|engineer|technician|courier|collection|repair|replacement|visit|delivery|call-?back))\b`,
    // A corrected account or booking.
    String.raw`(?<restore>\b(?:re-?book(?:ed|ing)?|reinstat\w*|restor(?:e|ed|ing)|reissu\w*|re-?activat\w*|re-?submit\w*|re-?schedul\w*)\b)`,
    String.raw`\bcorrect(?:ed)?\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:charges?|bills?|invoices?|statements?|records?|details|address|amounts?|balance|certificates?|booking|order)\b`,
    String.raw`\b(?:corrected|amended|adjusted|reduced|lowered|fixed|repaired|replaced|upgraded|extended|unlocked|unblocked|correct|amend|adjust|reduce|fix|repair|replace|upgrade|extend|unlock|unblock)\s+your\b`,
    String.raw`\byour\s+(?:[\w-]+\s+){0,3}?(?:has|have|was|were|will|is|are)\s+(?:also\s+)?(?:been|be|being)\s+(?:\w+\s+)?(?:extended|upgraded|credited|corrected|reduced|adjusted|amended|fixed|repaired|replaced|prioriti[sz]ed|fast-?tracked|expedited)\b`,
    String.raw`\b(?:placed|put|putting|placing)\s+(?:your\s+)?(?:account|bill|payments?|collection|debt|balance|invoice|arrears)\s+on\s+hold\b|\bon\s+your\s+behalf\b`,
    // Faster or personal service.
    String.raw`\bpriority\s+(?:appointment|booking|slot|call-?back|support|handling|service|delivery|shipping|queue|status)\b|\bexpedit\w*|\bfast-?track(?:ed|ing)?\b(?!\s+(?:fees?|services?|options?|lanes?)\b)|\bprioriti[sz](?:e|ed|ing)\s+(?:your|you)\b|\bfront\s+of\s+the\s+queue\b`,
    String.raw`\bupgrad(?:e|ed|ing)\s+(?:you|your)\b|\b(?:an?|free|complimentary)\s+upgrade\b|\b(?:today|tomorrow|this\s+week|immediately|straight\s+away)\s+(?:rather\s+than|instead\s+of)\b`,
    String.raw`\bbook(?:ed|ing)?\s+(?:you\b|(?:an?\s+)(?:engineer|technician|appointment|visit|courier|collection))`,
    String.raw`\b(?:personal|dedicated|direct|single|named|main)\s+(?:point\s+of\s+)?contact\b|\bpoint\s+of\s+contact\b`,
    // Hospitality on the house: "host you both for dinner as our guests", "your next coffee is our treat".
    String.raw`\b(?:host|invite|treat)\s+(?:you|anyone|everyone|all)\b[^.;!?]{0,80}?\bas\s+(?:our|my)\s+guests?\b|\b(?:no\s+one|nobody|no\s+customer|you)\s+will\s+(?:not\s+)?be\s+left\s+(?:\w+\s+)?out\s+of\s+pocket\b|\bon\s+the\s+house\b|\bwith\s+(?:our|my)\s+compliments\b|\b(?:our|my)\s+treat\b`,
    String.raw`\bdedicated\s+(?:[\w-]+\s+){0,2}?(?:line|helpline|hotline|number|adviser|advisor|case\s+(?:manager|handler|worker|officer)|agent|specialist|account\s+manager)\b`,
    String.raw`\b(?:handl|deal|look|overse|manag|follow)\w*\s+(?:\w+\s+){0,3}?personally\b|\bpersonally\s+(?:handle|oversee|look\s+after|manage|follow\s+up|deal\s+with|see\s+to)\b`,
    String.raw`\b(?:transferred|assigned|passed|handed|referred)\s+your\s+(?:[\w-]+\s+){0,2}?(?:file|case|claim|complaint|account|query|request|application)\s+(?:directly\s+)?to\b`,
    String.raw`\b(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:manager|adviser|advisor|assistant|engineer|adjuster|specialist|agent|representative|officer|colleague|director|lead|coordinator|handler|consultant|pharmacist|technician),\s+(?<person>[\w'\u2019-]+)(?:\s+[\w'\u2019-]+)?,?\s+(?:\([^)]{0,40}\)\s*,?\s*)?(?:(?:who\s+)?will\b|to\s+(?:call|contact|confirm|write\s+to|email|phone|ring|visit|update)\b)`,
    String.raw`\b(?:I\s+will|I${APOS}ll|I\s+shall|who\s+will)\s+(?:personally\s+)?(?:call|telephone|ring|phone|contact|visit)\s+you\b`,
    String.raw`\bto\s+(?:call|telephone|ring|phone|contact|visit)\s+you\s+(?:back\s+)?(?:tomorrow|today|this|on|by|within|before|at)\b`,
  ].join("|") + ")",
  "gi",
);

const NEGATION = /\b(?:not|never|cannot|cant|unable|no|neither|nor|refuse[sd]?|decline[sd]?)\b|n['\u2019]t\b/;
/**
 * A remedy in a disjunction under an earlier negation: "we cannot reissue the code or apply the
 * discount", "unable to offer a replacement, repair or refund". A new subject ends the negation's reach.
 */
const NEGATED_DISJUNCT = /(?:\b(?:not|never|cannot|unable|neither|refuse[sd]?|decline[sd]?)\b|n['\u2019]t\b)(?:(?!,\s+(?:we|i|you|they|it|this|that)\b)[^;]){0,60}?\b(?:or|nor)\s+(?:[\w-]+\s+){0,3}$/;
/** A remedy word in a rule about every case, not an offer: "every discount code is tested". */
const QUANTIFIED = /\b(?:every|each|all|any)\s+$/;
/** "no" and "not" that do not deny the remedy. */
const HARMLESS_NEGATION = /\b(?:not\s+only|no\s+(?:later|more|less)\s+than|no\s+(?:extra\s+|additional\s+|further\s+)?(?:cost|charge|expense)|no\s+longer|no\s+worries|no\s+problem|no\s+questions|no\s+expiry|no\s+need\s+to\s+return|whether\s+or\s+not|if\s+not)\b/g;
/** The remedy denied after the fact: "a refund is not possible". */
const DENIED_AFTER = /^[^,;.]{0,40}?\b(?:is|are|was|were|will|can|could|would|has|have|do|does|did)\s*(?:not|never|n['\u2019]t)\b|^[^,;.]{0,40}?\b(?:cannot|can['\u2019]t|won['\u2019]t|never|declined|rejected|refused|denied|expired|bounced|failed|unavailable)\b/i;
/** "we should have reversed it": what ought to have happened, not what was done. */
const COUNTERFACTUAL = /\b(?:should|could|would|might|must|ought\s+to)(?:\s+not|n['\u2019]t)?\s+have\b/;
/** Eligibility in doubt, or a remedy only talked about: not yet an offer. */
const UNCERTAIN_BEFORE = /\b(?:may|might|could)\s+(?:be\s+|become\s+)?(?:[\w-]+\s+){0,2}for\b|\beligib\w*|\bentitled\b|\bqualif\w*|\bsubject\s+to\b|\bonce\s+(?:approved|confirmed|validated|verified|accepted|you\b)|\bif\b[^,]{0,40}?\b(?:approved|eligible|accepted|successful|upheld|confirmed|verified|valid)\b|\bif\s+(?:approved|eligible|applicable|appropriate|necessary|we\s+(?:find|confirm|determine|decide|can)|it\s+(?:is|turns)|the\s+(?:claim|fault|investigation|review|assessment)|our\s+(?:investigation|review|assessment|team\s+finds?))|\bwhere\s+(?:applicable|appropriate|possible)|\bdepending\s+on\b|\bpending\b|\bwhether\b|\b(?:details|information|terms|rules)\s+(?:of|about|on|for)\s+$|\b(?:request|claim|application|appeal)s?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$|\bconsider\w*|\blook(?:ing)?\s+into\b|\bdiscuss\w*|\bexplor\w*|\bassess\w*|\b(?:hope|hoping|try|trying|aim|aiming)\s+to\b/;
const UNCERTAIN_AFTER = /^\s*(?:may|might|could)\s+be\s+(?:possible|available|offered|considered|an\s+option)\b|^[^.]{0,60}?\b(?:where\s+(?:applicable|appropriate|eligible)|if\s+(?:applicable|eligible|approved|appropriate)|subject\s+to|once\s+approved|(?:under|per|in\s+line\s+with)\s+(?:the|our|your)\s+(?:terms|polic(?:y|ies)))\b/i;
/** A rule for everyone, not an offer to this customer: "refunds are available within 30 days". */
const POLICY_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|schemes?|terms|rules|guidelines|window|period|requests?|claims?|forms?)\b|^[^.]{0,40}?\b(?:on|for)\s+(?:all\s+)?orders\s+(?:over|above|of)\b|^\s*(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:only\s+)?(?:available|issued|given|provided|offered|granted|payable|possible|processed|paid|made)\s+(?:within|for|to|when|if|under|on|only|where|after|in|from|at|through|via|online)\b|^\s*(?:scheme|policy)?\s*(?:applies|apply)\s+only\b/i;
/** The customer, not the company, is the one to act: "please request a refund", "you can claim". */
const CUSTOMER_ACTS = /\bplease\s+(?!accept|enjoy|find|keep|use)(?:\S+\s+){0,3}$|(?:^|\b(?:and|but|then|if|when|as|because|that)\s+)you\s+$|\byou\s+(?:can|may|could|might|should|must|need\s+to|will\s+need\s+to|have\s+to|are\s+(?:entitled|eligible)|paid|pay|request|claim|apply)\b/;
/** "your refund took three weeks": the remedy is the subject of a failure, so part of the offense. */
const FAILED_REMEDY = /^\s*(?:[\w-]+\s+){0,4}?(?:also\s+)?(?:leak(?:s|ed)?|broke|failed|stopped\s+working|did\s+not\s+(?:work|arrive)|didn['\u2019]t\s+(?:work|arrive)|never\s+arrived|took\s+(?:\w+\s+)?(?:days|weeks|months)|(?:was|were|is|are)\s+(?:also\s+)?(?:faulty|defective|damaged|broken|late|delayed|lost|wrong))\b/i;
/** A replacement that leaked anywhere in the sentence is the one that failed, not a new remedy. */
const FAILED_REPLACEMENT = /\breplacement\b[^.]{0,80}?\b(?:leak\w*|broke\w*|fail\w*|faulty|defective|damaged|stopped|did\s+not\s+work|didn['\u2019]t\s+work)/i;
/** "sorry that your refund ...": the apology is about the remedy, so it is the offense. */
const APOLOGISED_FOR = /\b(?:sorry|apologi[sz]e|regret)\s+(?:that|for|about)\s+(?:the\s+[\w-]+\s+(?:in|to|of|with)\s+)?(?:the|your|our)\s+(?:[\w-]+\s+)?$/;
/** "the discount code you used": the customer's own past purchase, not something offered. */
const CUSTOMER_USED = /^\s*(?:[\w-]+\s+)?(?:that\s+)?you\s+(?:had\s+)?(?:used|applied|entered|redeemed|bought|paid)\b/i;
/** "you couldn't check your delivery window, reschedule a delivery or …": a list of things denied. */
const DENIED_LIST = /\b(?:couldn['\u2019]t|could\s+not|unable\s+to|(?:was|were)n['\u2019]t\s+able\s+to|(?:was|were)\s+not\s+able\s+to|can['\u2019]t|cannot)\s+(?:[\w-]+\s+){1,5}?[\w-]+,\s+(?:[\w-]+\s+){0,2}$/i;
/** Goods sent to the company's own premises restock it; they are no remedy for this customer. */
const TO_OUR_PREMISES = /^\s*(?:[\w-]+\s+){0,2}?to\s+(?:our|the|all\s+our)\s+(?:[\w-]+\s+)?(?:restaurants?|stores?|shops?|branch(?:es)?|warehouses?|sites?|kitchens?|depots?|outlets?|locations?)\b/i;
/** "that's on us" owns the mistake; it does not pay for anything. */
const OWNING_ON_US = /\b(?:that|this|it|one|which|fault|mistake|error|blame)(?:\s+\w+)?\s*$/;
/** Restoring trust or a whole service ends the offense; it is not a remedy for this customer. */
const NOT_RESTORABLE = /^\s*(?:your\s+|our\s+|the\s+)?(?:trust|faith|confidence|relationship|reputation|goodwill|service|services|system|systems|site|website|platform|power|network|connection|supply|broadband|internet)\b/i;
/** "restoring the table": the company's own data brought back, not the customer's. */
const OWN_DATA = /^\s*(?:the|our)\s+(?:[\w-]+\s+)?(?:tables?|database|records|backups?|servers?|index|cache)\b/i;
/** "Raid loot lost in the crash is being restored": what the customer lost, given back. */
const LOST_THING = /\b(?:lost|missing|deleted|wiped|forfeited)\b/;
/** What a company brings back for everyone at once. */
const SERVICE = String.raw`(?:service|system|site|website|platform|portal|app|page|server|feature|tool|power|network|connection|supply|broadband|internet)`;
/** "the service was … restored", told just before the remedy word. */
const RESTORED_SERVICE = new RegExp(String.raw`\b${SERVICE}s?\s+(?:\w+\s+){0,3}$`);
/** "The portal was … restored": the service as the clause's subject. */
const SERVICE_SUBJECT = new RegExp(String.raw`^\s*(?:the|our)\s+(?:[\w-]+\s+)?${SERVICE}\b`, "i");
/** "was rebooked by another guest": someone else's booking, not this customer's remedy. */
const FOR_SOMEONE_ELSE = /^\s*by\s+(?:another|a\s+different|other|someone|a\s+third)\b/i;

/** The last `n` words before `at`, within its clause and after its last comma, lower-cased. */
function wordsBefore(text: string, at: number, n: number): string {
  const from = Math.max(clauseStart(text, at), text.lastIndexOf(",", at - 1) + 1);
  const words = text.slice(from, at).toLowerCase().split(/\s+/).filter(Boolean);
  return words.slice(-n).join(" ") + " ";
}

/** True when this reading of the remedy holds: said, not denied, hedged, owed or asked of the customer. */
function plausible(text: string, m: RegExpExecArray): boolean {
  const at = m.index;
  const end = at + m[0].length;
  const near = wordsBefore(text, at, 8);
  const clause = text.slice(clauseStart(text, at), at).toLowerCase();
  const after = text.slice(end, clauseEnd(text, end));
  const g = m.groups ?? {};
  if (g["person"] !== undefined && !/^[A-Z]/.test(g["person"])) return false;
  if (g["onUs"] !== undefined && OWNING_ON_US.test(near.trimEnd())) return false;
  if (g["replacement"] !== undefined && FAILED_REPLACEMENT.test(text)) return false;
  if (FAILED_REMEDY.test(text.slice(end)) || APOLOGISED_FOR.test(clause)) return false;
  if (g["restore"] !== undefined && (NOT_RESTORABLE.test(after) || OWN_DATA.test(after) || FOR_SOMEONE_ELSE.test(after) || SERVICE_SUBJECT.test(clause) || RESTORED_SERVICE.test(near) || !/\byou/i.test(text) && !LOST_THING.test(near) && !LOST_THING.test(after))) return false;
  if (g["noCharge"] === undefined && (NEGATION.test(near.replace(HARMLESS_NEGATION, "")) || NEGATED_DISJUNCT.test(clause.replace(HARMLESS_NEGATION, "")))) return false;
  if (QUANTIFIED.test(near)) return false;
  if (DENIED_AFTER.test(after) || POLICY_AFTER.test(after) || UNCERTAIN_AFTER.test(after) || TO_OUR_PREMISES.test(after)) return false;
  if (/discount|voucher|coupon|code|gift|credit/i.test(m[0]) && CUSTOMER_USED.test(after)) return false;
  if (DENIED_LIST.test(clause)) return false;
  if (COUNTERFACTUAL.test(clause) || UNCERTAIN_BEFORE.test(clause) || CUSTOMER_ACTS.test(near)) return false;
  return true;
}

/** True when the sentence offers or reports a concrete remedy for this customer. */
export function offersAmends(text: string): boolean {
  for (const m of matches(REMEDY, text)) if (plausible(text, m)) return true;
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
