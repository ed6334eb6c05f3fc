import type { Letter, Sentence } from "../letter";
import type { ElementDetector } from "./detector";

/** Words that name what went wrong, concretely. Generic fillers ("issue", "inconvenience") are not here. */
const OFFENSE = new RegExp(
  [
    String.raw`\b(?:late|delayed|missed|missing|lost|wrong|incorrect|inaccurate|mistaken|duplicate[d]?|double|defective|faulty|broken|damaged|cracked|leaking|spoiled|expired|unauthori[sz]ed|erroneous|overdue|cancelled|canceled|rude|dismissive|unanswered|misleading|contradictory|conflicting)\s+(?:\w+\s+){0,2}(?:deliver\w*|order|item|parcel|package|shipment|charge[sd]?|bill\w*|invoice|payment|fee|product|unit|part|appointment|booking|flight|reservation|reply|response|information|answers?|address|size|colou?r|model|email|letter|notice|statement|treatment|meal|dish|account|refund|dose|label|part|size)\b`,
    String.raw`\b(?:delay(?:s|ed)?|outage|downtime|breach|leak(?:ed)?|exposed|exposure|defect|malfunction\w*|overcharg\w*|double[- ]charg\w*|charged\s+(?:you\s+)?(?:twice|two\s+times|again|the\s+wrong|incorrectly)|misdirected|misdelivered|misprinted|mislabel\w*|miscalculat\w*|mis-?sold|unavailable|offline|crash\w*|did\s+not\s+(?:sync|arrive|reach|work|receive|send|show)|didn['\u2019]t\s+(?:sync|arrive|reach|work|send|show)|never\s+(?:arrived|reached|came|sent|called|replied)|not\s+(?:delivered|sent|processed|refunded|recorded|posted|updated)|was\s+(?:sent|posted|delivered|shipped|charged|cancelled|canceled|billed|exposed|shared|left|lost|damaged)\s+(?:\w+\s+){0,4}(?:late|twice|in\s+error|wrong\w*|by\s+mistake|without)|injur\w*|allerg\w*|recall\w*|contaminat\w*|overheat\w*|fire\s+risk|hazard|lack\s+of\s+(?:support|clarity|communication)|kept\s+(?:you\s+)?waiting|wait(?:ed)?\s+(?:over|more\s+than|for)\s+(?:an?\s+)?(?:\d+|one|two|three|four|five|several)?\s*(?:hours?|days?|weeks?|minutes?)|(?:billing|shipping|delivery|booking|system|data|quality[- ]control|processing|pricing|labell?ing|posting|routing)\s+(?:error|mistake|failure|problem|fault|outage|incident|lapse)|error\s+in\s+(?:our\s+)?\w+|lapse\s+in\s+\w+|miscommunication|communication\s+(?:breakdown|failure)|sent\s+(?:you\s+)?(?:the\s+)?(?:wrong|incorrect)|went\s+to\s+(?:the\s+)?(?:wrong|another)|to\s+the\s+wrong\b|in\s+error\b|(?:arrived|delivered|reached\s+you|shipped)\s+(?:\w+\s+){0,3}(?:late|damaged|broken|open|days|weeks)|(?:three|two|four|five|six|\d+)\s+(?:days|weeks|hours)\s+late)\b`,
  ].join("|"),
  "i",
);

/** True when the sentence names what went wrong in concrete terms. */
export function namesOffense(text: string): boolean {
  return OFFENSE.test(text);
}

export const acknowledge: ElementDetector = {
  id: "acknowledge",
  title: "Acknowledge the offense",
  label: "acknowledge the offense",
  advice: "Name the specific thing that went wrong (\"the late delivery of your order\", \"the incorrect charge on your March invoice\"), not \"any inconvenience\" or \"the issue\".",
  example: "I sincerely apologize for the inconvenience caused by the late delivery of your order.",
  find: (letter: Letter): Sentence[] => letter.own.filter((s) => namesOffense(s.own)),
};
