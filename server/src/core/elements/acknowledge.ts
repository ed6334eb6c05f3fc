import type { Letter, Sentence } from "../letter";
import { alternations } from "../lexicon/alternation";
import { isConditional, isNegated } from "../lexicon/clauses";
import { BAD, OFFENSE_NOUN, THING } from "../lexicon/offense-words";
import { isUnrelatedSympathy, sympathyClause } from "../lexicon/sympathy";
import type { ElementDetector } from "./detector";

const NUM = String.raw`(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|a\s+few|many)`;
const SPAN = String.raw`(?:minutes?|hours?|days?|working\s+days|business\s+days|weeks?|months?|years?)`;
const ABOUT = String.raw`(?:(?:over|more\s+than|almost|nearly|about|around|approximately|at\s+least|well\s+over|up\s+to)\s+)?`;
/** Verbs a broken promise is told with: "did not arrive", "could not find it", "would not lock". */
const UNDONE = String.raw`(?:arrive|attend|visit|ask|listen|reach|access|log\s+in|sign\s+in|use|place|sync|work|load|lock|open|start|connect|update|turn\s+up|show\s+up|go\s+through|kick\s+in|respond|reply|answer|call|ring|return|notify|inform|tell|contact|check|apply|follow|scan|deliver|ship|send|process|record|post|find|locate|complete|protect|secure|honou?r|empty|clear|act|fix|repair|install|carry\s+out|test|catch|notice|pick\s+up|collect|receive|remove|withdraw)`;
/** Participles of work that should have been done: "had not been cleaned", "was never sent". */
const NOT_DONE = String.raw`(?:cleaned|emptied|collected|cleared|picked\s+up|serviced|prepared|checked|tested|inspected|repaired|fixed|updated|processed|sent|delivered|dispatched|shipped|posted|refunded|applied|credited|recorded|loaded|scanned|returned|honou?red|respected|protected|secured|encrypted|followed|completed|installed|connected|activated|told|informed|notified|contacted|called|answered|found|passed\s+on|replaced|removed|withdrawn)`;
/** Company actions that a letter says should (not) have happened: "should have told you". */
const OWED = String.raw`(?:told|informed|notified|warned|returned|refunded|checked|caught|called|contacted|sent|delivered|shipped|tested|inspected|replaced|removed|withdrawn|assessed|moved|closed|issued|applied|fixed|answered|replied|left|charged|cancell?ed|released|shared|posted|spoken|offered|processed|scanned|recorded|noticed|flagged|corrected|stopped|kept|waited|said|made|given|allowed)`;
/** What a customer asks for, and what they got: "you ordered X but received Y". Casual letters write "u". */
const YOU = String.raw`(?:you|u)`;
const REQUESTED = String.raw`(?:ordered|booked|asked\s+for|requested|paid\s+for|chose|chosen|selected|reserved|specified)`;
const GOT = String.raw`(?:got|received|ended\s+up\s+with|(?:was|were)\s+(?:sent|given|served|shown|charged|allocated|delivered))`;
const MONEY = String.raw`(?:[$£€]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*(?:\.\d\d)?\s?(?:dollars|pounds|euros))`;
const CHARGE = String.raw`(?:fees?|charges?|penalt(?:y|ies)|surcharges?|debits?|deductions?|bills?|invoices?)`;
/** States a delivered thing can arrive in that show it went wrong: "arrived cold", "came smashed". */
const ARRIVED_AS = String.raw`(?:cold|lukewarm|damaged|broken|cracked|smashed|shattered|crushed|squashed|dented|bent|scratched|torn|ripped|open|opened|wet|damp|soaked|soggy|melted|spoiled|stale|mouldy|moldy|raw|undercooked|overcooked|burnt|burned|well-done|dirty|stained|leaking|empty|half-empty|incomplete|unusable|faulty|defective)`;
const BOOKABLE = String.raw`(?:flights?|appointments?|reservations?|bookings?|orders?|tickets?|events?|concerts?|trips?|holidays?|tours?|class(?:es)?|courses?|deliver(?:y|ies)|subscriptions?|memberships?|polic(?:y|ies)|sessions?|surgery|operation|procedure|stay|departures?|walks?|excursions?|cruises?|sailings?|tournaments?|matches|games?|shows?|performances?|festivals?|conferences?|webinars?|meetings?|workshops?|launch(?:es)?)`;

/**
 * Statements that name what went wrong, concretely. Generic fillers ("any inconvenience", "the
 * issue", "the mix-up", "what happened") are deliberately absent: alone, they name nothing.
 */
const OFFENSE = alternations(
  [
    // "the late delivery", "an incorrect charge", "the wrong size", "a faulty thermostat".
    String.raw`\b${BAD}\s+(?:[\w'’-]+\s+){0,2}?${THING}\b`,
    String.raw`\b(?:the|an?|your|our|two|both)\s+(?:wrong|incorrect|defective|faulty|damaged|broken|duplicate)\s+(?!reasons?\b|way\b|impression\b)[a-z]`,
    // "That advice was wrong", "the bill was incorrect".
    // Anchored on the verb, with the thing looked for behind it: a noun list at every word cost more than the rest of this pattern.
    String.raw`\b(?:was|were|is|are)(?<=\b${THING}\s+(?:(?:of|for|on|to|from|in)\s+(?:the\s+|your\s+|our\s+)?[\w-]+\s+)?(?:was|were|is|are))\s+(?:(?:\w+\s+)?(?:wrong|incorrect|inaccurate|misleading|outdated|out\s+of\s+date|faulty|defective|damaged|broken|missing|late|delayed|overdue|illegible|cold|raw|undercooked|stale|inadequate|insufficient|unclear)|not\s+(?:adequate|correct|accurate|clear|sufficient|safe|clean|working|valid|suitable|fit\s+for))\b`,
    // Words of offense: breaches, attackers, mis- verbs.
    String.raw`\bdelayed\b|\b(?:breached|cyber-?attacks?|ransomware|hack(?:ed|ers?)|attackers?|intruders?|intrusion|unauthori[sz]ed\s+(?:party|person|access|user|charges?|transactions?|payments?)|malfunction\w*|overcharg\w*|double[- ]?(?:charg|bill)\w*|misdirect\w*|misdeliver\w*|misprint\w*|mislabel\w*|misspel\w*|miscalculat\w*|mis-?sold|misquot\w*|misinform\w*|mishandl\w*|misplac\w*|misfil\w*|misconfigur\w*|misrout\w*|contaminat\w*|overheat\w*|food\s+poisoning|allergic\s+reaction|exposure\s+of)\b`,
    // Failures of a named process: "billing error", "lapse in service", "lack of clarity".
    String.raw`\b${OFFENSE_NOUN}\b|\b(?:errors?|mistakes?)\s+(?:in|on|with)\s+(?:your|our|the)\s+(?!way\b|matter\b|situation\b)\w+|\black\s+of\s+(?:training|checks?|testing|oversight)\b`,
    String.raw`\b(?:service|power|network|broadband|internet|water|heating|gas|phone|mobile|signal|supply)\s+(?:outage|disruption|interruption|failure|cut|loss|degradation)s?\b|\b(?:login|log-in|sign-in|payment|connection|delivery)\s+failures?\b|\b\d{3}\s+errors\b|\b(?:throwing|returning)\s+(?:\w+\s+)?(?:errors|exceptions|[45]\d\ds)\b|\b(?:unavailable|offline|inaccessible)\b`,
    // Broken promises: "did not arrive", "never arrived", "failed to", "stopped working".
    String.raw`\b(?:did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t|would\s+not|wouldn['’]t|(?:was|were)\s+(?:not\s+able|unable)\s+to)\s+(?:\w+ly\s+)?(?:${UNDONE}|be\s+${NOT_DONE})\b`,
    String.raw`\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,4}?on\s+time\b`,
    String.raw`\bnever\s+(?:arrived|reached|came|turned\s+up|showed\s+up|called|rang|replied|responded|got\s+back|received|heard\s+back|loaded|sent|delivered|returned|refunded|processed|applied)\b`,
    String.raw`\b(?:(?:was|were|had|has|have)\s+(?:not|never)\s+|(?:wasn|weren|hadn|hasn|haven)['’]t\s+)(?:been\s+)?${NOT_DONE}\b`,
    String.raw`\bstopped\s+(?:working|charging|responding|syncing|loading|running|heating|cooling|printing|recording|connecting)\b|\b(?:broke|split|cracked|shattered|snapped|leaked|leaks|leaking|melted|scorched|short-circuited|exploded|jammed|froze|crashed|cut\s+(?:out|through|off)|fell\s+apart|fell\s+over|came\s+apart|went\s+down|(?:was|were)\s+(?:basically\s+|completely\s+|totally\s+|effectively\s+)?(?:down|dead|unusable|unreachable)|went\s+offline|slipped|collapsed|caught\s+fire)\b|\bfailed(?!\s+(?:you|us|on|in|to\s+(?:meet|live|provide\s+the\s+(?:level|standard))))\b`,
    String.raw`\b(?:wiped|deleted|erased|corrupted|overwrote|overwritten|lost|damaged|scratched|dented|ruined|stained|misplaced)\s+(?:your|some|all|his|her|their)\s+(?!trust|confidence|faith|patience|time\b)\w+|\b(?:went|go|gone)\s+missing\b|\bmissed\s+(?:your|the|our)\s+(?:\w+\s+)?(?:appointment|deadline|delivery|flight|connection|call|window|slot|visit|collection|pickup|payment\s+date)\b|\bleft\s+(?:your|the)\s+(?:\w+\s+)?\w+\s+(?:in\s+the\s+rain|outside|on\s+the\s+doorstep|unattended|behind)\b|\b(?:had|has|with)\s+(?:an?\s+|some\s+)?(?:\w+\s+)?(?:tear|hole|crack|stain|scratch|dent|chip|rip|leak|defect|scuff)s?\b|\boverbook\w*|\bdenied\s+boarding\b`,
    // Money taken wrongly, or too much of it.
    String.raw`\b(?:charged|billed|debited|collected|took|taken)\s+(?:you\s+|(?:from\s+|to\s+)?your\s+(?:\w+\s+)?(?:card|account)\s+)?(?:twice|two\s+times|three\s+times|again|in\s+error|incorrectly|wrongly|too\s+much|too\s+early|before\s+(?:your|the|we|it))|\b(?:two|three|four|five|\d+)\s+times\s+(?:your|the)\s+(?:normal|usual|expected|actual|average|agreed|quoted)\b`,
    // The disputed amount itself: "about the three $35 overdraft fees", "regarding the charge of £412.36".
    String.raw`\b(?:about|regarding|concerning|over|disput\w*|question\w*|query\w*|challeng\w*)\s+(?:the|an?|your|these|those|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${MONEY}\s+(?:[\w-]+\s+){0,2}?${CHARGE}|${CHARGE}\s+of\s+${MONEY})`,
    // Lateness and waiting measured: "three weeks late", "took seven weeks to", "waited five hours".
    String.raw`\b(?:late|overdue|behind\s+schedule|later\s+than)\b(?<=\b${NUM}\s+${SPAN}\s+(?:late|overdue|behind\s+schedule|later\s+than))|\bthan\s+(?:we|you\s+were)\s+(?:had\s+)?(?:agreed|quoted|promised|told|advertised)\b|\b(?:later|longer)\s+than\s+(?:expected|promised|planned|scheduled|agreed|quoted|advertised)\b|\b(?:arrived|delivered|came|turned\s+up|showed\s+up|dispatched|shipped|posted)\s+(?:\w+\s+){0,3}?late\b|\b(?:arrived|came|turned\s+up|(?:was|were)\s+(?:delivered|served|returned))\s+(?:\w+\s+)?${ARRIVED_AS}\b|\bafter\s+the\s+(?:(?:promised|agreed|estimated|expected|quoted|scheduled|guaranteed)\s+(?:delivery\s+)?(?:date|day|time|window)|(?:date|day|time)\s+(?:we|you\s+were)\s+(?:promised|quoted|given|told))\b`,
    String.raw`\b(?:took|taken|taking)\s+(?:us\s+|you\s+)?${ABOUT}${NUM}\s+(?:${SPAN}\s+(?:to|for|before)|(?:attempts|visits|tries|calls|goes)\b)|\bwait(?:ed|ing)\s+(?:for\s+)?${ABOUT}${NUM}\s+${SPAN}|\bwait(?:ed|ing)\s+(?:\w+\s+)?until\s+(?:\d|after\b|midnight|the\s+(?:next|following)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|\bkept\s+(?:you\s+)?(?:waiting|on\s+hold)|\bleft\s+(?:you\s+)?(?:stranded|waiting)|\bon\s+hold\s+for\b|\b(?:hung\s+up|line\s+cut\s+off)\b`,
    // Something other than what was ordered or due: "blue instead of grey".
    String.raw`\b(?:instead\s+of|rather\s+than)\b(?<=\b(?:was|were|got|received|sent|delivered|showed|shipped|gave|used|ran|went|applied|pointed|pushed|deployed|emailed|mailed|routed|fitted|installed|connected|loaded|printed|listed|recorded|based|charged|billed|filed|placed|spelled|spelt|renewed|priced|invoiced|quoted)\b(?<!\b(?:have|has|will|can|would|I've|we've|we'll|I'll)\s+(?:\w+\s+)?\w+)[^.;!?]{0,80}?\b(?:instead\s+of|rather\s+than))`,
    // "you ordered X but received Y", "and got a curry instead", "well-done when you had asked for rare".
    String.raw`\b${YOU}\s+(?:had\s+)?${REQUESTED}\b[^.;!?]{1,80}?\b(?:but|yet)\s+(?:${YOU}\s+)?${GOT}\b|\b${GOT}\s+[^.;!?]{1,60}?\binstead\b(?!\s+of)`,
    // Done against what was already settled: "even though the deposit had arrived first".
    String.raw`\b(?:even\s+though|although|though|despite)\s+(?:${YOU}|your\s+[\w-]+|the\s+[\w-]+)\s+had\s+(?:already\s+|clearly\s+|specifically\s+|explicitly\s+)?(?:${REQUESTED}|asked|paid|arrived|cancell?ed|returned|told\s+us|informed\s+us|confirmed|reported|unsubscribed|downgraded|opted\s+out)\b|\bwhen\s+${YOU}\s+had\s+(?:already\s+|clearly\s+|specifically\s+|explicitly\s+)?${REQUESTED}`,
    String.raw`\b(?:instead\s+of|rather\s+than)\s+(?:[\w'’-]+\s+){0,6}?(?:you|we|our\s+\w+)\s+(?:had\s+)?(?:ordered|booked|requested|asked\s+for|chose|selected|paid\s+for|expected|agreed)\b`,
    // Done in error, or to the wrong people.
    String.raw`\b(?:in\s+error|by\s+mistake|by\s+accident|accidentally|mistakenly|wrongly|wrongfully|erroneously|incorrectly)\b`,
    String.raw`\bpublicly\s+(?:reachable|accessible|available|visible)\b|\bwithout\s+(?:a\s+password|authori[sz]ation|your\s+(?:consent|permission|knowledge|authori[sz]ation|approval)|(?:any\s+)?(?:prior\s+)?(?:notice|warning|explanation)|an?\s+(?:update|reply|response|apology))\b|\b(?:continued|kept)\s+(?:to\s+)?(?:receiv|get|be\s+charged|be\s+billed|be\s+sent|be\s+contacted|be\s+called|charg|bill|send|email|call)\w*|\b(?:after|although|even\s+though)\s+you\s+(?:had\s+)?(?:already\s+)?(?:unsubscribed|cancell?ed|downgraded|returned|opted\s+out|closed|asked\s+us\s+to\s+stop)\b|\byou\s+had\s+(?:already\s+)?(?:cancell?ed|returned|unsubscribed)\b|\byou\s+had\s+already\s+paid\b`,
    // Someone was owed an action and did not get it.
    String.raw`\bshould(?:\s+not|n['’]t|\s+never)?\s+have\s+(?:been\s+)?${OWED}\b|\b(?:nobody|no\s+one|no-one)\s+(?:from\s+\w+\s+\w+\s+|\w+\s+)?(?:called|rang|replied|responded|contacted|checked|looked|noticed|told|got\s+back|came|did|could|was\s+able|answered|returned|followed\s+up|arrived|turned\s+up|showed\s+up)\b`,
    // What never came, told by its absence: "no engineer arrived", "you received no reply".
    String.raw`\bno\s+(?:[\w-]+\s+){1,2}?(?:arrived|came|turned\s+up|showed\s+up|called|rang|replied|responded|got\s+back|followed\s+up|(?:was|were)\s+available)\b|\b(?:received|got|had|heard|(?:was|were)\s+given)\s+no\s+(?:[\w-]+\s+)?(?:calls?|repl(?:y|ies)|responses?|answers?|updates?|notice|notifications?|warning|confirmation|explanation|word|contact|acknowledge?ment|callback|follow-up)\b|\bheard\s+nothing\b`,
    // An amount or reading misstated: "the earlier read was overstated".
    String.raw`\b(?:was|were|been)\s+(?:\w+\s+)?(?:overstated|understated|overestimated|underestimated|inflated|double-counted|too\s+(?:high|low))\b`,
    String.raw`\brude(?:ly|ness)?\b|\bunprofessional\b|\b(?:was|were)\s+unhelpful\b`,
    // Left out of what drives the work: "left off the route sheet", "omitted from the guest list".
    String.raw`\b(?:left|dropped|missed)\s+(?:off|out\s+of|from)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:list|route|rota|schedule|manifest|register|roster|sheet|system|database|run|round)s?\b|\bomitted\s+from\b`,
    // Service withheld from the customer: "your card was blocked", "two payments were declined".
    String.raw`\b(?:cards?|accounts?|payments?|transactions?|transfers?|access|logins?|phone|lines?|sim|claims?)\s+(?:was|were|(?:had|has|have)\s+been|got)\s+(?!not\b|never\b)(?:\w+\s+)?(?:blocked|declined|frozen|suspended|locked|disconnected|cut\s+off|rejected|refused|deactivated|disabled|restricted|terminated)\b`,
    // Bookings cancelled on the customer.
    String.raw`\b(?:cancell?ed|called\s+off|postponed)\b(?<=\b${BOOKABLE}\b[^.;!?]{0,80}?\b(?:(?:has|had|have)\s+been|was|were)\s+(?:cancell?ed|called\s+off|postponed))|\bcancel(?:l?ed|l?ing)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?${BOOKABLE}\b|\bcancellation\s+of\s+(?:your\b|the\b|${BOOKABLE}\b)`,
    // Failures told as events: "introduced a bug", "suffered a major outage", "lost its connection".
    String.raw`\bintroduced\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:bug|error|fault|defect|glitch|vulnerability)\b|\bsuffered\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:outage|failure|breach|fault|crash|attack)\b|\blost\s+(?:its|their|our|the)\s+(?:[\w-]+\s+)?(?:connection|power|connectivity)\b|\b(?:service|network|system|server|connectivity|login|e-?mail|website|site|app)\s+(?:issues|problems|disruptions|interruptions|incidents)\s+(?:that|which)\s+(?:impacted|affected|disrupted|hit)\b`,
    String.raw`\b(?:find|found|discover(?:ed)?)\s+(?:that\s+)?(?:we|it|the\s+[\w-]+|our\s+[\w-]+)\s+(?:was|were)\s+closed\b|\bonly\s+(?:delivered|sent|shipped|fitted|installed|refunded|paid|received|got)\s+(?:half|part|some|one|two|three|\d+)\b|\bonly\s+(?:half|part)\s+of\s+your\b|\b(?:flight|train|order|booking|appointment|class|event|service)\s+cancellations\b|\bwithout\s+(?:the|a)\s+(?:correct|valid|right)\s+(?:password|pin|code|key|credentials|authori[sz]ation|ticket|id)\b`,
    // A promise broken, told plainly: "meant to arrive on 12 May and it came on 2 June", "told … ready on Friday, and it was not".
    String.raw`\b(?:meant|supposed|due|scheduled|promised|expected)\s+to\s+(?:arrive|be\s+(?:delivered|ready|fixed|done|there|finished|back))\b[^.;!?]{0,60}?\b(?:and|but)\s+(?:it|they|he|she|we)\s+(?:only\s+)?(?:came|arrived|turned\s+up|showed\s+up|was\s+not|wasn['’]t|were\s+not|weren['’]t|did\s+not|didn['’]t|never)\b|\b(?:told|promised|assured|informed)\b[^.;!?]{0,80}?\b(?:would|will)\s+be\b[^.;!?]{0,60}?,?\s+(?:and|but)\s+(?:it|they|he|she|this|that)\s+(?:was|were|did|is|are)\s*(?:not|n['’]t)\s*(?:[.!;,]|$)`,
    String.raw`\b(?:showed|said|listed|claimed|advertised)\s+[^.;!?]{0,60}?\bwhen\s+(?:in\s+fact\s+)?(?:we|it|they|there)\s+(?:had|was|were|did)\s*(?:none|no|not|n['’]t|nothing)\b|\b(?:had\s+no|without(?:\s+any)?)\s+(?:hot\s+)?(?:water|heating|heat|power|electricity|internet|broadband|signal|wi-?fi|phone\s+line|service|air\s+conditioning|lights?|gas)\s+for\b|\bwithout\s+(?:finishing|completing|fixing|telling|checking|asking|explaining|cleaning|replacing|testing|warning|notifying)\b`,
    String.raw`\b(?:higher|more\s+expensive|greater|longer)\s+than\s+(?:the\s+|our\s+|your\s+)?(?:price|amount|figure|total|quote|quoted|estimate|advertised|agreed|actual|real|usual|normal|one\s+(?:on|in|we))\b|\bshould\s+(?:never|not)\s+have\s+had\s+(?:your|to)\b|\b(?:was|were)\s+left\s+(?:\w+\s+)?(?:in\s+the\s+(?:rain|cold|sun|heat)|outside|on\s+the\s+doorstep|unattended|behind)\b|\bdouble[- ]?book\w*|\bmade\s+(?:a|such\s+a)\s+(?:\w+\s+)?(?:mess|hash|muddle)\s+of\s+your\b`,
    String.raw`\b(?:payments?|charges?|transactions?|purchases?|orders?|withdrawals?)\s+(?:that\s+)?you\s+(?:did\s+not|didn['’]t|never)\s+(?:make|authori[sz]e|place|request|order|agree\s+to)\b|\b(?:contained|included|showed|displayed|listed|had)\s+(?:another|other|a\s+different|someone\s+else['’]s)\s+(?:customer|patient|person|member|client|guest|user)?['’]?s?\s*(?:[\w-]+\s+)?(?:details|data|information|name|address|records?|results)\b|\b(?:reversed|drove|crashed|backed|bumped|ran)\s+into\s+your\b|\b(?:spent|wasted|lost)\s+(?:an?|\d+|one|two|three|four|five|several|over|almost|nearly)\s+(?:[\w-]+\s+)?(?:hours?|minutes?|days?|weeks?|afternoon|morning|evening)\b`,
    // Still getting what was stopped, money held back, a thing short of what it should do, a date moved on the customer.
    String.raw`\byou\s+(?:still|continued\s+to)\s+(?:receive|received|get|got|be\s+charged|were\s+charged|were\s+sent|were\s+billed|had\s+to\s+pay)\b|\b(?:deducted|withheld|taken)\s+from\s+your\s+(?:refund|account|card|deposit|balance|wages|pay)\b|\b(?:when|whereas|but)\s+(?:it|they|this|that)\s+should\s+(?:last|be|take|work|have|hold|run)\b|\b(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:hold\s+(?:a\s+)?charge|work|turn\s+on|switch\s+on|start|lock|close|heat|cool|drain|fit|connect|sync|load)\b`,
    String.raw`\b(?:delivery|appointment|booking|flight|visit|installation|order|surgery|collection)\s+(?:has\s+been|was|had\s+to\s+be|have\s+been)\s+(?:rescheduled|pushed\s+back|postponed|delayed)\b|\b(?:promised|told|assured)\b[^.;!?]{0,80}?\b(?:and|but)\s+(?:we|it|they)\s+(?:just\s+|simply\s+)?(?:didn['’]t|did\s+not|never|couldn['’]t|could\s+not|failed\s+to)\b|\bwait\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:extra|more|additional)\s+(?:days|weeks|hours)\b`,
    // What will not happen, and faults told as they go on: "will not go ahead", "has been freezing and restarting".
    String.raw`\b(?:will|would|can)\s*(?:not|n['’]t)\s+(?:go\s+ahead|take\s+place|run|operate|be\s+going\s+ahead)\b|\b(?:has|have|had|keeps?|kept)\s+(?:been\s+)?(?:freezing|crashing|restarting|overheating|leaking|flickering|rattling|failing|dropping\s+out|cutting\s+out|switching\s+off)\b|\bwent\s+(?:dark|blank|dead|black)\b`,
    // A warning that came on, and what came told inside the same sentence: "the check engine light came on", "and what came was the barista blend".
    String.raw`\b(?:warning|check\s+engine|engine|error|fault|alarm)\s+(?:light|message|code|alarm)s?\s+(?:came\s+on|appeared|lit\s+up|went\s+off|sounded)\b|\b(?:and|but)\s+what\s+(?:came|arrived|turned\s+up|was\s+delivered|we\s+sent|you\s+(?:got|received))\s+(?:was|were)\b`,
    // Things gone, stopped being wanted, or said unkindly: "the drafts disappeared", "emails you've received since you unsubscribed", "spoke to you dismissively".
    String.raw`\b(?:disappeared|vanished)\b|\b(?:received|got|been\s+sent)\s+since\s+you\s+(?:unsubscribed|cancell?ed|opted\s+out|asked\s+us)\b|\b(?:spoke|talked|responded|replied)\s+to\s+you\s+(?:\w+\s+)?(?:dismissively|rudely|curtly|sharply|abruptly|condescendingly|aggressively)\b|\b(?:the|a)\s+(?:[\w-]+\s+)?(?:scratch|dent|crack|tear|stain|chip|scuff|gouge)\s+(?:on|in|to)\s+(?:the|your)\b`,
    String.raw`\b(?:the|your|our)\s+(?!things?\b|it\b|everything\b)(?:[\w-]+\s+){1,3}(?:did\s+not|didn['’]t)\s+go\s+(?:as\s+planned|to\s+plan|well|smoothly)\b|\b(?:took|take|taken|brought|bring)\s+down\s+(?:a|the|our|your)\s+(?:[\w-]+\s+)?(?:datacenter|data\s+cent(?:er|re)|site|service|network|servers?|system|website|platform)\b`,
    String.raw`\b(?:interruption|disruption|loss|cut)\s+(?:to|of|in)\s+your\s+(?:[\w-]+\s+)?(?:supply|service|power|water|heating|broadband|connection|internet)\b|\binterrupted\s+you\b|\bended\s+the\s+call\s+(?:while|before|when)\b|\bcut\s+you\s+off\b`,
    // People mistreated.
    String.raw`\b(?:mistreat\w*|forcibly\s+(?:removed|dragged|ejected)|dragged\s+(?:off|from|out)|assaulted|manhandled|humiliat(?:ed|ing)|discriminat(?:ed|ion)|racially\s+profiled|harass(?:ed|ment)|verbally\s+abused)\b`,
    // Safety.
    String.raw`\bcontain(?:ed|s)\s+(?:traces\s+of\s+)?(?:pine\s+nuts|peanuts?|nuts|tree\s+nuts|gluten|wheat|dairy|milk|eggs?|shellfish|sesame|soy|mustard|glass|metal|plastic|a\s+foreign\s+object|bones?|hair|insects?)\b`,
  ],
  "gi",
);

/** Harm that is no offense when negated: "no injuries", "passwords were not exposed". */
const HARM = new RegExp(
  String.raw`\b(?:injur(?:y|ies|ed)|(?:you|your\s+\w+)\s+(?:were|was|got)\s+(?:hurt|burned|burnt|scalded|cut|poisoned)|hurt\s+your|(?:was|were|been|being)\s+(?:exposed|compromised|accessed|stolen|leaked|lost|downloaded|copied|published)|could\s+(?:view|see|download|access|read))\b|\b(?:sent|shipped|dispatched|posted|mailed|emailed|delivered|shown|disclosed|revealed|shared|passed|given|discussed|read\s+out|opened|seen|viewed|downloaded|visible|readable|displayed|exposed|published)\s+(?:[\w'’-]+\s+){0,5}?(?:to|with|by|in\s+front\s+of|at|from)\s+(?:the\s+wrong|another|other|every|a\s+stranger|strangers|an?\s+(?:third|unauthori[sz]ed|former|previous)|third|the\s+new|your\s+(?:old|previous|former)|the\s+public|the\s+counter|the\s+front\s+desk|reception|anyone|someone|people|the\s+internet)\b`,
  "gi",
);

/**
 * Lead-ins that turn a match into a prevention step, policy or hypothesis, not this offense; or
 * into a returns instruction ("please send the faulty pair back"), which names an item, not what went wrong.
 */
const NOT_THIS_OFFENSE =
  /(?:\b(?:return|send|post|ship|bring|take|drop\s+off|dispose\s+of|recycle|hand\s+in)\s+(?:(?:the|your|any|this|that|these|those)\s+)?|\b(?:label|bag|box|envelope)\s+for\s+(?:(?:the|your)\s+)?|\b(?:so\s+that|(?<!\b(?:request|requests|requested|asked|asking|wish|wishes|wanted|want)\s+(?:us\s+)?)to\s+(?:prevent|avoid|stop|reduce|minimi[sz]e)|ensur(?:e|ing)|mak(?:e|ing)\s+sure|prevent\w*|avoid\w*|no\s+longer|in\s+case|you\s+(?:claim|allege)|what\s+you\s+(?:describe|call|consider)|alleged\w*)\b[^.;!?]{0,40}|\b(?:any|every|each|future|fewer)\s+|\b(?:may|might|can|could)\s+(?:be\s+|experience\s+|cause\s+)?)$/i;

/** "Sorry to hear that you broke your wrist": the customer's own mishap, told in sympathy, is not the offense. */
const SYMPATHY_LEAD = /\b(?:sorry|sad|saddened|upset|distressed)\s+to\s+(?:hear|learn|read|see)\b/gi;

function inUnrelatedSympathy(text: string, at: number): boolean {
  SYMPATHY_LEAD.lastIndex = 0;
  for (let m = SYMPATHY_LEAD.exec(text); m && m.index < at; m = SYMPATHY_LEAD.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    if (at < m.index + m[0].length + sympathyClause(rest).length && isUnrelatedSympathy(rest)) return true;
  }
  return false;
}

function offenseAt(text: string, at: number): boolean {
  return !isConditional(text, at) && !NOT_THIS_OFFENSE.test(text.slice(Math.max(0, at - 60), at)) && !inUnrelatedSympathy(text, at);
}

function anyMatch(pattern: RegExp, text: string, accept: (at: number) => boolean): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (accept(m.index)) return true;
  }
  return false;
}

/** Single words of something gone wrong, for sentences the phrasings above miss. */
const WENT_WRONG = /\b(?:late(?!\s+(?:payment|fee|charge|night|evening|morning|afternoon)\b)|delayed|delays|wrong(?:ly)?(?<!\b(?:went|go|goes|gone|going|anything|something|nothing|what)\s+wrong)|incorrect(?:ly)?|errors?|broken|broke|missing|failed|damaged|lost(?!\s+(?:trust|confidence|faith|patience|sleep|time)\b)|outage|crashed|leak(?:ed|ing)|overcharged|stuck|stranded|faulty|defective|rude|ignored|unanswered)\b/gi;
/** A date, a day or an amount: what ties a word of failure to this customer's case. */
const DATE_OR_AMOUNT = String.raw`\d|[$£€]|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|yesterday|last\s+(?:week|night))\b`;
const DATED = new RegExp(DATE_OR_AMOUNT, "i");
/** The same, or this morning, or the customer's order, booking or account. */
const CASE_ANCHOR = new RegExp(
  String.raw`${DATE_OR_AMOUNT}|\bthis\s+morning\b|\b(?:your|the)\s+(?:[\w-]+\s+)?(?:order|parcel|package|delivery|booking|flight|appointment|bill|invoice|charge|payment|account|card|refund|item|product|meal|room|engineer|technician|driver|unit|device|machine|appliance|car|vehicle|phone|laptop|boiler|claim|application|reservation|table|tickets?|subscription|plan|policy|statement|prescription|parcel)\b`,
  "i",
);

/** Words of an event that went against the customer; they need a date, time or amount to be this case. */
const WENT_AGAINST = /\b(?:(?<!\b(?:should|must|would|could)\s)(?:didn['’]t|did\s+not|never|wasn['’]t|weren['’]t|hadn['’]t|couldn['’]t|could\s+not)\s+(?!(?:need|have\s+to|mean|want|expect|hesitate|meet|live\s+up|go\s+(?:as|to|smoothly)|work\s+out)\b)|nobody|no\s+one|instead(?!,?\s+(?:we|I)\b)|twice|cancell?ed|closed|refused|declined|stopped|sold\s+out|out\s+of\s+stock|ran\s+out|forgot(?:ten)?|mixed\s+up|ignored|cold|burnt)/gi;
/** "as you requested": the customer's own choice, not an offense. */
const AS_ASKED = /\b(?:as\s+(?:you\s+)?(?:requested|asked|instructed)|at\s+your\s+request)\b/i;

/** True when the sentence names what went wrong in concrete terms. */
export function namesOffense(text: string): boolean {
  if (AS_ASKED.test(text)) return false;
  return (
    OFFENSE.some((pattern) => anyMatch(pattern, text, (at) => offenseAt(text, at))) ||
    anyMatch(HARM, text, (at) => offenseAt(text, at) && !isNegated(text, at)) ||
    // A word of failure in a sentence about this customer's own case: "your parcel sat in the depot, delayed, until Friday".
    (CASE_ANCHOR.test(text) && anyMatch(WENT_WRONG, text, (at) => offenseAt(text, at) && !isNegated(text, at) && !AGAIN.test(text.slice(at)))) ||
    (DATED.test(text) && anyMatch(WENT_AGAINST, text, (at) => offenseAt(text, at) && !AGAIN.test(text.slice(at))))
  );
}

/** "… is never late again": a promise about the future, not this offense. */
const AGAIN = /^[^.;]{0,60}\bagain\b/i;

/** "You ordered X." / "You were booked for 9 a.m." — what the customer was due. */
const EXPECTED =
  /\b(?:(?:you|we)\s+(?:had\s+)?(?:ordered|booked|bought|requested|asked\s+(?:us\s+)?(?:for|to)|paid\s+for|reserved|chose|selected|promised|were\s+promised|were\s+told)|(?:was|were|had\s+been)\s+(?:booked|scheduled|due|promised|expected|confirmed|meant|supposed)|should\s+have\s+(?:been|arrived|reached|come)|should\s+(?:only\s+)?(?:contain|include|have|show|say|read)\b|(?:we|I)\s+(?:told|promised|assured|said|quoted|confirmed)(?:\s+(?:to\s+)?you)?\s+(?:that\s+)?(?:it|the|your|this|we|you)|(?:quote|estimate|price)\s+(?:we|I)\s+gave|(?:appointment|booking|slot|visit|delivery|collection)\s+was\s+(?:at|for|on|between)\b|your\s+(?:order|booking|reservation|request)\s+(?:[\w-]+\s+)?(?:was|were)\s+for\b|(?:showed|listed|said)\s+(?:your|the|it|that)\s+[^.]{0,40}?\bas\s+(?:on\s+time|available|in\s+stock|confirmed|paid|delivered|open))/i;
/** "What arrived was Y." / "It arrived at 2:40 p.m." / "Instead, ..." — what they got. */
const GOT_INSTEAD =
  /^\s*(?:what\s+(?:\w+\s+)?(?:arrived|came|turned\s+up|we\s+sent|you\s+received|you\s+got|was\s+delivered)|instead\b|(?:nobody|no\s+one|nothing)\b|(?:it|they|he|she|the\s+[\w-]+|your\s+[\w-]+|our\s+[\w-]+)\s+(?:only\s+|finally\s+|eventually\s+|then\s+|actually\s+)?(?:arrived|reached\s+you|came|turned\s+up|showed\s+up|was\s+delivered|were\s+delivered|said|read|showed|displayed|left|dropped|(?:was|were|did|had)\s*(?:not|n['’]t)\b|(?:had\s+been|was|were)\s+(?:cancell?ed|closed|sold|moved|delayed|changed|lost))|(?:the|your)\s+[\w-]+\s+(?:(?:that\s+)?(?:we\s+)?(?:delivered|sent|brought|served|fitted|installed)|(?:that\s+)?(?:reached\s+you|arrived|came))\b|(?:we|he|she|they)\s+(?:then\s+)?(?:gave|sent|charged|billed|put)\s+you\b|you\s+(?:then\s+)?(?:waited|were\s+(?:then\s+)?(?:sent|charged|billed|given|told|asked))\b)/i;
/** "It reached you on Tuesday, as planned": what came was what was due. */
const AS_DUE = /\b(?:as\s+(?:planned|promised|expected|agreed|booked|scheduled|arranged)|on\s+(?:time|schedule)|in\s+good\s+time|early)\b/i;

/** "The boots that reached you were a size 9." — what came, told before what was due. */
const WHAT_CAME = /\b(?:that|which)\s+(?:reached\s+you|arrived|came|turned\s+up|you\s+received|we\s+(?:sent|delivered|brought|served))\b|^\s*(?:we\s+(?:sent|delivered)|you\s+received)\b|^\s*(?:it|they|the\s+[\w-]+|your\s+[\w-]+)\s+(?:came|arrived)\s+(?:in|as|with)\b/i;
/** "You ordered a size 7." — the customer's order, told after what came; "you ordered them" names nothing new. */
const YOU_ORDERED = /^\s*(?:but\s+)?(?:you\s+(?:had\s+)?(?:ordered|booked|asked\s+for|requested|paid\s+for|chose|selected|reserved)\s+(?!(?:it|them|this|these|those|that)\b)|your\s+(?:order|booking|receipt|confirmation)\s+(?:says|said|shows|showed|was\s+for)\b)/i;

/** What was due in one sentence and what came instead in the next, in either order. */
function contrastsWithNext(s: Sentence, next: Sentence): boolean {
  return (EXPECTED.test(s.own) && GOT_INSTEAD.test(next.own) && !AS_DUE.test(next.own)) || (WHAT_CAME.test(s.own) && YOU_ORDERED.test(next.own));
}

export const acknowledge: ElementDetector = {
  id: "acknowledge",
  title: "Acknowledge the offense",
  label: "acknowledge the offense",
  advice: "Name the specific thing that went wrong (\"the late delivery of your order\", \"the incorrect charge on your March invoice\"), not \"any inconvenience\" or \"the issue\".",
  example: "I sincerely apologize for the inconvenience caused by the late delivery of your order.",
  find: (letter: Letter): Sentence[] => {
    const found: Sentence[] = [];
    const own = letter.own;
    for (let i = 0; i < own.length; i++) {
      const s = own[i]!;
      if (namesOffense(s.own)) {
        found.push(s);
        continue;
      }
      // An acknowledgement split over two sentences: what was due, and what came instead.
      const next = own[i + 1];
      if (next && next.paragraph === s.paragraph && contrastsWithNext(s, next)) {
        found.push(s, next);
        i++;
      }
    }
    return found;
  },
};
