import type { Line } from "../parse";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { lineEnding } from "./wording";

const FIRST_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'\u2019.-]*[\p{L}\p{N}])?/u;

export const missingGreeting: Rule = {
  meta: {
    id: "missing-greeting",
    description: "The letter starts without a salutation (\"Dear …\", \"Hello …\").",
    advice: "Open with a greeting that addresses the customer; when you don't know their name, use \"Dear Valued Customer\".",
    defaultSeverity: "warning",
    fixable: true,
  },
  check({ letter }: RuleContext): RuleFinding[] {
    if (letter.structure.greeting || letter.own.length === 0) return [];
    const { doc } = letter;
    // The greeting belongs where the letter reads it: the first line of text after any title heading.
    const first = doc.lines.find((l: Line) => l.kind !== "blank" && l.kind !== "hidden" && l.kind !== "heading");
    if (!first) return [];
    const word = FIRST_WORD.exec(doc.prose.slice(first.start, first.end));
    const start = first.start + (word?.index ?? 0);
    const eol = lineEnding(doc.text);
    return [
      {
        start,
        end: start + (word?.[0].length ?? 0),
        message: "The letter has no greeting. Addressing the customer (\"Dear Ms. Lee,\", or \"Dear Valued Customer,\" when you don't know the name) makes it a letter to them, not a notice.",
        fixes: [{ title: "Add \"Dear Valued Customer,\"", edits: [{ start: first.start, end: first.start, newText: `Dear Valued Customer,${eol}${eol}` }], safe: true }],
      },
    ];
  },
};
