import type { Situation } from "../types";
import type { Letter } from "./index";

/**
 * Cues for each situation: `strong` names the offense outright (weight 3 per match), `weak` is
 * topic vocabulary (weight 1). Remedy words (refund, credit, voucher, replacement) are no cue:
 * every situation offers them.
 */
interface Cues {
  readonly strong: RegExp;
  readonly weak?: RegExp;
}

/** In priority order: on a tie, the earlier situation wins (the more specific one). */
const CUES: ReadonlyArray<readonly [Situation, Cues]> = [
  ["data-breach", {
    strong: /\b(?:data\s+breach|breach\w*|attack(?:er|ers)?|hack\w*|unauthori[sz]ed\s+(?:party|person|access|user)|security\s+incident|cyber\w*|ransomware|stolen\s+password|(?:were|was)\s+(?:exposed|compromised|leaked|stolen)|misconfigur\w*|publicly\s+(?:reachable|accessible)|credit[- ]monitoring|identity[- ]protection|Information\s+Commissioner)/gi,
    weak: /\b(?:security|passwords?|encrypt\w*|records\s+of|personal\s+(?:information|data))\b/gi,
  }],
  ["privacy", {
    strong: /\b(?:privacy|confidential\w*|data[- ]protection|GDPR|unsubscrib\w*|marketing\s+emails?|(?:shown|visible|disclosed|revealed)\s+(?:\w+\s+){0,3}to\s+(?:every|other|another|all)|(?:sent|went)\s+(?:\w+\s+){0,4}to\s+(?:the\s+wrong\s+(?:email\s+)?address|your\s+(?:previous|old|former)\s+address|another\s+(?:patient|customer|member|person))|(?:discussed|overheard|read\s+out)\s+(?:\w+\s+){0,3}?(?:in\s+front\s+of|at\s+the\s+counter|within\s+earshot|out\s+loud)|stranger|wrong\s+recipients?|without\s+your\s+consent)/gi,
    weak: /\b(?:private|personal\s+details|email\s+address(?:es)?|statements?|records?|recipients?)\b/gi,
  }],
  ["safety", {
    strong: /\b(?:safety|unsafe|not\s+safe|danger\w*|hazard\w*|injur\w*|hurt|burns?|burning|fire|recall\w*|chok\w*|swallow\w*|allerg\w*|alerg\w*|nuts|overheat\w*|scorch\w*|railing|contaminat\w*|food\s+poisoning)\b/gi,
  }],
  ["outage", {
    strong: /\b(?:outages?|downtime|unavailable|offline|went\s+down|(?:was|were)\s+down|service\s+(?:disruption|degradation|interruption)|login\s+failures|(?:unable|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:access|log\s*in|sign\s+in|connect)|\d{3}\s+errors|did\s+not\s+sync|loss\s+of\s+(?:your\s+)?(?:broadband|service|connection|power))/gi,
    weak: /\b(?:servers?|app|online\s+banking|website|platform|broadband|connection|status\s+page|incident|reliab\w*|digital\s+services?|sync\w*|log\s*in)\b/gi,
  }],
  ["billing-error", {
    strong: /\b(?:billing\s+error|overcharg\w*|double[- ]?charg\w*|charged\s+(?:you\s+|your\s+card\s+)?(?:twice|again|in\s+error)|duplicate\s+(?:charge|payment)s?|(?:incorrect|wrong)\s+(?:charge|amount|bill)|estimated\s+(?:meter\s+)?reading|overdraft\s+fee|fee\s+was\s+charged|(?:taken|debited|billed)\s+twice|higher\s+price\s+than)/gi,
    weak: /\b(?:bill|bills|billing|invoice\w*|charged|direct\s+debit|statement\s+balance|meter|claims?\s+(?:to|with)\s+(?:your\s+)?insurer)\b/gi,
  }],
  ["wrong-item", {
    strong: /\b(?:wrong\s+(?:item|size|colou?r|model|product|order|book|dish|meal)|(?:instead\s+of|rather\s+than)\s+(?:\w+\s+){0,6}?(?:you|that\s+you)\s+ordered|what\s+arrived|mix-?up|mixed\s+up|swapped|check\w*\s+(?:\w+\s+){0,2}against\s+(?:its|the|their)\s+(?:order|ticket|receipt|packing\s+(?:list|slip))|barcode)/gi,
    weak: /\b(?:you\s+ordered|packing|picker|labels?|correct\s+(?:item|one|size|colou?r))\b/gi,
  }],
  ["late-delivery", {
    strong: /\b(?:late\s+deliver\w*|(?:not|never|n['’]t)\s+(?:\w+\s+){0,4}?on\s+time|deliver\w*\s+(?:was\s+)?(?:late|delayed)|(?:arrived|turned\s+up|delivered|came|reach(?:ed)?\s+you)\s+(?:\w+\s+){0,6}?(?:late|later\s+than|until)|(?:parcel|order|shipment|package|delivery)\s+(?:was|were|has\s+been)\s+delayed|delayed\s+(?:delivery|order|parcel|shipment))/gi,
    weak: /\b(?:deliver\w*|shipping|shipment|parcel|package|courier|dispatch\w*|tracking|delay\w*)\b/gi,
  }],
  ["product-defect", {
    strong: /\b(?:defect\w*|faulty|fault|stopped\s+(?:working|charging)|broke|broken|split|cracked|leak\w*|malfunction\w*|cut\s+out|pinched|expired|torn|ripped|(?:production|manufacturing)\s+(?:run|batch|fault)|quality\s+control|warranty)\b/gi,
    weak: /\b(?:repair\w*|quality|assembly|zip|seal|unit)\b/gi,
  }],
  ["cancellation", {
    strong: /\b(?:(?:flight|appointment|reservation|booking|tickets?|concert|event|trip|purchase|order|class)\b[^.;]{0,80}?\b(?:cancell?ed|called\s+off|postponed)|cancell?ed\s+(?:your|the|it)\b|rebook\w*)/gi,
    weak: /\b(?:cancel\w*|reschedul\w*|appointments?|booking\s+diary|reservations?)\b/gi,
  }],
  ["communication", {
    strong: /\b(?:in\s+error|miscommunicat\w*|misinform\w*|confusion|lack\s+of\s+clarity|(?:wrong|incorrect|misleading|conflicting)\s+(?:information|advice|details|time|date)|(?:confirmation|notice|email|letter)\s+(?:\w+\s+){0,4}(?:used|said|stated|showed|was\s+not\s+adequate|was\s+circulated))/gi,
    weak: /\b(?:communicat\w*|correspondence|notice|confirmation|informed|clarity|told\s+you)\b/gi,
  }],
  ["poor-service", {
    strong: /\b(?:rude\w*|unhelpful|dismissive|kept\s+you\s+waiting|(?:kept|left|waiting|waited)\s+(?:\w+\s+)?on\s+hold|waited|nobody\s+(?:did|called|rang)|no\s+one\s+(?:from|checked|called)|lack\s+of\s+support|customer\s+service|took\s+(?:us\s+)?\w+\s+(?:days|weeks|months)\s+to\s+(?:reach|resolve|handle|process|deal)|could\s+not\s+be\s+completed)\b/gi,
    weak: /\b(?:staff|receptionist|counter|front\s+desk|queue|visits?|treated|store|agent|adjuster|service|support|stay)\b/gi,
  }],
  ["other", {
    strong: /\b(?:(?:lost|missing|misplaced)\s+(?:\w+\s+)?(?:baggage|luggage|suitcase|bag|documents?|certificate|points)|penalty\s+charge\s+notice|parking\s+(?:fine|ticket|permit)|(?:registration|birth)\s+certificate|loyalty\s+points|(?:baggage|luggage|suitcase)\b)/gi,
  }],
];

/** The situation whose cues weigh most in the letter; "other" when nothing stands out. */
/** A letter says what it is about on its first page; reading further only costs time. */
const READ = 6000;

export function classifySituation(letter: Letter): Situation {
  let text = "";
  for (const s of letter.sentences) {
    if (text.length >= READ) break;
    text += `${s.text} `;
  }
  let best: Situation = "other";
  let bestScore = 0;
  for (const [situation, cues] of CUES) {
    const score = 3 * (text.match(cues.strong)?.length ?? 0) + (cues.weak ? text.match(cues.weak)?.length ?? 0 : 0);
    if (score > bestScore) {
      best = situation;
      bestScore = score;
    }
  }
  return best;
}
