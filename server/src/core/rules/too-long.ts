import { countWords } from "../text/words";
import type { Rule, RuleContext, RuleFinding } from "./rule";

export const tooLong: Rule = {
  meta: {
    id: "too-long",
    description: "The body is longer than one page (config maxWords, default 400 words).",
    advice: "Aim for a concise yet heartfelt message, usually around one page or less.",
    defaultSeverity: "warning",
    fixable: false,
  },
  check({ letter, config, bodyWords }: RuleContext): RuleFinding[] {
    if (bodyWords <= config.maxWords) return [];
    const { prose } = letter.doc;
    const body = letter.sentences.filter((s) => s.zone === "body");
    // The sentence where the count passes the limit: the place to start cutting.
    let counted = 0;
    let from = letter.structure.body.start;
    let over = body.at(-1);
    for (const s of body) {
      counted += countWords(prose.slice(from, s.end));
      from = s.end;
      if (counted > config.maxWords) {
        over = s;
        break;
      }
    }
    const range = over ?? letter.structure.body;
    return [
      {
        start: range.start,
        end: range.end,
        message: `The body has ${bodyWords} words, more than the ${config.maxWords} of about one page; it passes the limit here. A long letter buries the apology: cut background and repetition.`,
      },
    ];
  },
};
