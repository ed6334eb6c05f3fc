import { clauseEnd } from "../lexicon/clauses";
import type { Fix } from "../types";
import { matches } from "../lexicon/matches";
import type { Rule, RuleContext, RuleFinding } from "./rule";

const APOLOGY_WORD = String.raw`(?:sorry|apologi[sz]e[sd]?|apologies|apology|regret)`;
const FEELING = String.raw`(?:upset|offended|unhappy|disappointed|dissatisfied|uncomfortable|annoyed|frustrated|hurt|distressed|inconvenienced|let\s+down|surprised|confused|alarmed|shocked)`;

/**
 * Apologies that own nothing: made conditional ("sorry if"), about the customer's feelings rather
 * than the company's act ("sorry you feel"), hedged ("to the extent that") or agentless
 * ("mistakes were made"). Group 1 is the apology word the rewrite keeps.
 */
const CONDITIONAL = new RegExp(
  [
    String.raw`\b(${APOLOGY_WORD})(?!\s+to\s+(?:inform|advise|tell|say))(?:\s+(?!and\b|but\b|for\b)[\w'\u2019]+){0,3}?,?\s+if\b`,
    String.raw`\b(${APOLOGY_WORD})\s+(?:that\s+)?(?:you|anyone|some\s+\w+)\s+(?:\w+\s+)?(?:feel|felt|see|saw|think|thought|perceived?|took\s+(?:it|this|offen[cs]e)|found\s+(?:this|it|our)|(?:were|are|was|have\s+been|may\s+(?:have\s+)?(?:been|feel|felt)|might\s+(?:have\s+)?(?:been|feel|felt))\s+(?:\w+\s+)?${FEELING}|had\s+(?:such\s+)?(?:a|an)\s+(?:\w+\s+)?(?:bad|poor|negative|disappointing|unpleasant|frustrating|upsetting)\s+(?:experience|time|visit|stay|day))\b`,
    String.raw`\b(${APOLOGY_WORD})\s+(?:to\s+)?(?:anyone|those|any\s+\w+)\s+who\s+(?:was|were|felt|may\s+have|might\s+have|found|took)\b`,
    String.raw`\b(${APOLOGY_WORD})\b[^.;!?]{0,80}?\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b`,
    String.raw`\b(${APOLOGY_WORD})\s+(?:for\s+)?any\s+(?:\w+\s+)?(?:misunderstandings?|miscommunications?|offen[cs]e|upset)(?:\s+(?:that|which)\s+(?:may|might|could)\s+have\s+(?:been\s+)?\w+)?`,
    String.raw`\b((?:mistakes|errors)\s+(?:were|have\s+been|may\s+have\s+been|might\s+have\s+been)\s+made|(?:a|an)\s+(?:mistake|error)\s+(?:was|has\s+been|may\s+have\s+been)\s+made)\b(?!\s+by\b)`,
    String.raw`\b((?:if\s+(?:we|I|our\s+\w+|anything|this|it|there\s+(?:was|were|has\s+been))|to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\b[^.;!?]{0,60}?,\s*(?:then\s+)?)((?:we|I)\s+(?:\w+\s+)?|(?:our|my)\s+(?:\w+\s+)?)?(${APOLOGY_WORD})`,
  ].join("|"),
  "gi",
);

/** Quick test before the full pattern: most sentences hold none of these words. */
const PREFILTER = /sorry|apolog|regret|made/i;

/** The same pattern without the global flag, so that testing it keeps no state. */
const ANY_CONDITIONAL = new RegExp(CONDITIONAL.source, "i");

/** True when the sentence holds an apology made conditional or about feelings. */
export function isConditionalApology(text: string): boolean {
  return PREFILTER.test(text) && ANY_CONDITIONAL.test(text);
}

const MESSAGE =
  "This apology is conditional or owns nothing: it regrets the customer's feelings, not what you did. Apologise plainly for the offense itself.";

/** The apology rewritten without the condition: "sorry for <offense>", "we made mistakes". */
function rewrite(phrase: string, word: string | undefined, offense: string): string {
  if (!word) {
    const plural = /^(?:mistakes|errors)/i.test(phrase);
    const noun = /error/i.test(phrase) ? "error" : "mistake";
    const have = /\bha(?:ve|s)\s+been/i.test(phrase) ? "have " : "";
    return plural ? `we ${have}made ${noun}s` : `we ${have}made ${noun === "error" ? "an" : "a"} ${noun}`;
  }
  const lower = word.toLowerCase();
  if (lower === "regret") return `${word} ${offense}`;
  if (/^apologi[sz]e[sd]$/.test(lower)) return `${word.slice(0, -1)} for ${offense}`;
  return `${word} for ${offense}`;
}

export const conditionalApology: Rule = {
  meta: {
    id: "conditional-apology",
    description: "Apologies made conditional or about the customer's feelings: \"sorry if\", \"sorry you feel\", \"mistakes were made\".",
    advice: "Express genuine regret: apologise unconditionally for what went wrong, not for how the customer feels about it.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check(ctx: RuleContext): RuleFinding[] {
    const out: RuleFinding[] = [];
    const offenseNamed = ctx.offense.span !== undefined;
    for (const s of ctx.letter.own) {
      if (!PREFILTER.test(s.own)) continue;
      for (const m of matches(CONDITIONAL, s.own)) {
        const agentless = m[6] !== undefined;
        const ifFirst = m[7] !== undefined;
        const word = ifFirst ? m[9] : m.slice(1, 6).find((g) => g !== undefined);
        const at = m.index;
        const matchEnd = at + m[0].length;
        const end = agentless ? matchEnd : Math.max(clauseEnd(s.own, matchEnd), matchEnd);
        const trimmed = end - /[\s.!?,;:]*$/.exec(s.own.slice(at, end))![0].length;
        const capital = at === 0 || /[.!?]\s*$/.test(s.own.slice(0, at));
        let newText = rewrite(m[0], word, ctx.offense.text);
        if (ifFirst) newText = (m[8] ?? "") + newText;
        if (capital) newText = newText[0]!.toUpperCase() + newText.slice(1);
        const fix: Fix = {
          title: agentless ? "Say who made the mistakes" : `Apologise for ${ctx.offense.text}`,
          edits: [{ start: s.start + at, end: s.start + trimmed, newText }],
          safe: agentless || offenseNamed,
        };
        out.push({ start: s.start + at, end: s.start + trimmed, message: MESSAGE, fixes: [fix] });
      }
    }
    return out;
  },
};
