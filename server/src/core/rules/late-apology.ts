import type { Rule, RuleContext, RuleFinding } from "./rule";
import { firstInSentences, matchSpan } from "./sentence-spans";

const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|a\s+couple\s+of|a\s+number\s+of)`;
/** A stretch of weeks or more; days and hours are an ordinary wait. */
const LONG = String.raw`(?:(?:(?:almost|nearly|over|more\s+than|about|around|some|well\s+over|close\s+to|upwards\s+of|roughly)\s+)?(?:${COUNT}[\s-]+(?:weeks?|months?|years?)|(?:a|one|an\s+entire|a\s+whole|a\s+full)\s+(?:month|year))|(?:over|more\s+than)\s+(?:a|one)\s+week)`;
const REPLY_VERB = String.raw`(?:reply|respond|get\s+back|come\s+back|answer|give\s+you\s+(?:an?\s+|the\s+)?(?:proper\s+|full\s+|clear\s+)?(?:answer|reply|response|decision|update)|write\s+(?:back|to\s+you)|contact\s+you|apologi[sz]e|deal\s+with\s+your|look\s+into\s+your|acknowledge\s+your)`;
const REPLY_NOUN = String.raw`(?:reply\w*|respond\w*|response|answer\w*|getting\s+back|writing\s+(?:back|to\s+you)|contacting\s+you|apologi\w*|dealing\s+with\s+your)`;
const CONTACT = String.raw`(?:you\s+(?:first\s+)?(?:wrote|contacted\s+us|complained|called|emailed|raised)|your\s+(?:\w+\s+)?(?:complaint|letter|email|message|call|enquiry|inquiry|visit))`;

/** The letter admitting that its reply or apology comes weeks or more after the event. */
const ADMISSION = new RegExp(
  [
    String.raw`\b(?:taken|take|takes|took|taking)\s+(?:us|me|our\s+team|the\s+team)?\s*${LONG}\s+(?:for\s+us\s+)?to\s+(?:\w+\s+)?${REPLY_VERB}`,
    // One LONG-led pattern: "a three-week delay in replying", and "It is now 18 March, more than six
    // weeks later, and you should not have waited this long for a reply".
    String.raw`\b${LONG}\s+(?:(?:delay|wait)\s+(?:in|before)\s+(?:\w+\s+)?${REPLY_NOUN}|later\b[^.;!?]{0,80}?\b(?:for|this|our|my|a|to)\s+(?:\w+\s+)?(?:reply|response|answer)\b)`,
    String.raw`\b(?:delay|wait)\s+of\s+${LONG}\s+(?:in|before)\s+(?:\w+\s+)?${REPLY_NOUN}`,
    String.raw`\b(?:comes?|coming|came|arrives?|is\s+(?:being\s+)?sent|(?:I|we)\s+(?:am|are|['\u2019]m|['\u2019]re)\s+(?:only\s+)?(?:now\s+)?(?:writing|replying|responding|getting\s+back))(?:\s+\w+){0,2}?,?\s+${LONG}\s+(?:after|late|later|since)\b`,
    String.raw`\bdelay\s+in\s+(?:\w+\s+)?${REPLY_NOUN}\b[^.;!?]{0,80}?\b(?:from|of|since|dated|sent|back\s+in)\s+(?:last\s+(?:month|year)|earlier\s+this\s+year|${LONG}\s+ago)\b`,
    String.raw`\b(?:it\s+has\s+been|it['\u2019]s\s+been|it\s+is\s+now|now)\s+${LONG}\s+(?:since|after)\s+${CONTACT}`,
    String.raw`\b(?:replying|responding|writing\s+(?:back|to\s+you)|this\s+(?:reply|response|letter))\b[^.;!?]{0,60}?\b${LONG}\s+(?:later|late)\b`,
    String.raw`\b(?:it\s+is|it['\u2019]s)\s+now\s+${LONG}\s+(?:later|on)\b`,
    String.raw`\bwriting\s+(?:very\s+|so\s+)?late\b[^.;!?]{0,120}?${LONG}`,
    String.raw`\b(?:sat|gone|went|been\s+left|remained|lain|lay)\s+unanswered\s+for\s+${LONG}`,
    // The wait judged in the letter's own words: "A month is far too long to leave a customer without a reply".
    String.raw`\b${LONG}\s+(?:is|was)\s+(?:far\s+|much\s+|way\s+|simply\s+)?too\s+long\s+to\s+(?:leave|keep|make)\s+(?:you|a\s+customer|anyone|someone)\s+(?:waiting|without)`,
    String.raw`\bshould\s+have\s+(?:replied|responded|written|answered|apologi[sz]ed|got(?:ten)?\s+back\s+to\s+you)\s+(?:\w+\s+){0,2}?(?:weeks|months)\s+ago\b`,
  ].join("|"),
  "i",
);

/** Quick test before the full pattern. */
const PREFILTER = /week|month|year/i;

const MESSAGE =
  "The letter admits the apology comes weeks after the incident. Apologise for the slow reply too, and send apologies as soon as you know of the issue, ideally within 24 hours.";

export const lateApology: Rule = {
  meta: {
    id: "late-apology",
    description: "The letter admits its apology comes weeks or more after the incident.",
    advice: "Send the apology as soon as you are aware of the issue, ideally within 24 hours; a late reply is a second offense.",
    defaultSeverity: "information",
    fixable: false,
  },
  check(ctx: RuleContext): RuleFinding[] {
    const span = firstInSentences(ctx.letter.own, (own) => (PREFILTER.test(own) ? matchSpan(ADMISSION, own) : undefined));
    return span ? [{ ...span, message: MESSAGE }] : [];
  },
};
