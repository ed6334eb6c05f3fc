import type { Situation } from "../types";
import type { Letter } from "./index";

/** Cue words for each situation; the situation with the most cues in the letter wins. */
const CUES: ReadonlyArray<readonly [Situation, RegExp]> = [
  ["data-breach", /\b(?:breach\w*|hack\w*|attack\w*|unauthori[sz]ed\s+access|compromised|stolen\s+data|passwords?|cyber\w*|leak\w*|personal\s+(?:data|information)\s+(?:was|were)\s+(?:accessed|exposed))\b/gi],
  ["privacy", /\b(?:privacy|private|confidential\w*|personal\s+(?:data|details|information)|data\s+protection|GDPR|wrong\s+(?:email\s+)?address|unsubscrib\w*|statements?\s+went|disclos\w*)\b/gi],
  ["safety", /\b(?:safety|injur\w*|hazard\w*|recall\w*|allerg\w*|burn\w*|overheat\w*|fire|choking|unsafe|contaminat\w*|harm)\b/gi],
  ["outage", /\b(?:outage|downtime|unavailable|offline|went\s+down|service\s+disruption|disruption|status\s+page|servers?|sync\w*|log\s*in|uptime)\b/gi],
  ["billing-error", /\b(?:bill\w*|invoice\w*|charg\w*|overcharg\w*|fee|fees|payment|refund\w*|statement|account\s+balance|direct\s+debit|subscription)\b/gi],
  ["late-delivery", /\b(?:late|delay\w*|deliver\w*|shipping|shipment|arriv\w*|courier|dispatch\w*|tracking|parcel)\b/gi],
  ["wrong-item", /\b(?:wrong\s+(?:item|size|colou?r|model|product|book|order|dish|meal)|instead\s+of|mix-?up|swapped|what\s+arrived|not\s+what\s+you\s+ordered|incorrect\s+item)\b/gi],
  ["product-defect", /\b(?:defect\w*|faulty|broken|broke|malfunction\w*|stopped\s+working|split|crack\w*|leak\w*|quality|warranty|repair\w*|damaged)\b/gi],
  ["cancellation", /\b(?:cancel\w*|rebook\w*|reschedul\w*|called\s+off|postpon\w*)\b/gi],
  ["communication", /\b(?:communicat\w*|miscommunicat\w*|confus\w*|misinform\w*|correspondence|told\s+you|unclear|clarity|emails?\s+(?:sent|went)|in\s+error|wrong\s+information|contradict\w*)\b/gi],
  ["poor-service", /\b(?:customer\s+service|support|staff|rude\w*|wait\w*|queue|unhelpful|experience|treated|visit|store|agent|representative)\b/gi],
];
/** Cues that weigh more: they name the situation outright. */
const STRONG: Partial<Record<Situation, RegExp>> = {
  "late-delivery": /\blate\s+deliver\w*|\bdelivery\s+(?:was\s+)?(?:late|delayed)|\barrived\s+(?:\w+\s+){0,3}late\b/i,
  "wrong-item": /\bwrong\s+(?:item|size|colou?r|model|product)\b/i,
  "billing-error": /\bbilling\s+error|\bincorrect\s+charge|\bovercharg|\bcharged\s+(?:you\s+)?twice\b/i,
  outage: /\boutage\b/i,
  "data-breach": /\bdata\s+breach|\bsecurity\s+incident\b/i,
};

export function classifySituation(letter: Letter): Situation {
  const text = letter.own.map((s) => s.own).join(" ");
  let best: Situation = "other";
  let bestScore = 1;
  for (const [situation, cue] of CUES) {
    let score = text.match(cue)?.length ?? 0;
    if (STRONG[situation]?.test(text)) score += 4;
    if (score > bestScore) {
      best = situation;
      bestScore = score;
    }
  }
  return best;
}
