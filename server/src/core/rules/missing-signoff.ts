import type { Signature } from "../config";
import type { Letter } from "../letter";
import type { Line } from "../parse";
import type { Fix } from "../types";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { lineEnding } from "./wording";

/** What the fix signs with when no signature is configured: a team name, never a placeholder. */
const TEAM = "The Customer Care Team";
const LAST_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'\u2019.-]*[\p{L}\p{N}])?(?=[^\p{L}\p{N}]*$)/u;

export const missingSignoff: Rule = {
  meta: {
    id: "missing-signoff",
    description: "No closing line (\"Sincerely,\", \"Kind regards,\") followed by a name after the body.",
    advice: "Close with a courteous sign-off and your name, so the customer knows who stands behind the apology.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check({ letter, config }: RuleContext): RuleFinding[] {
    const { closing, signature } = letter.structure;
    if (closing && signature.length > 0) return [];
    const lines = proseLines(letter);
    if (lines.length === 0) return [];
    const { text } = letter.doc;
    const eol = lineEnding(text);
    const configured = [config.signature.name, config.signature.position, config.signature.company].filter((l): l is string => !!l);
    const join = (parts: readonly string[]): string => parts.join((letter.doc.format === "markdown" ? "  " : "") + eol);
    const name = join(configured.length ? configured : [teamName(config.signature)]);
    const safe = configured.length > 0;
    const title = safe ? "Sign with your configured signature" : `Sign as "${teamName(config.signature)}"`;
    if (closing) {
      const fix: Fix = { title, edits: [{ start: closing.end, end: closing.end, newText: join(["", name]) }], safe };
      return [{ ...closing, message: "The closing has no name after it. A name shows the customer who stands behind the apology.", fixes: [fix] }];
    }
    const last = lines.at(-1)!;
    const lineText = text.slice(last.start, last.end);
    // Never inside a Markdown comment left open at the end of the letter.
    const comment = letter.doc.format === "markdown" ? lineText.indexOf("<!--") : -1;
    const end = last.start + (comment >= 0 ? lineText.slice(0, comment) : lineText).trimEnd().length;
    const word = LAST_WORD.exec(letter.doc.prose.slice(last.start, end));
    const start = word ? last.start + word.index : end;
    const postscript = letter.structure.postscript;
    const edit = postscript
      ? { start: lineStart(text, postscript.start), end: lineStart(text, postscript.start), newText: join(["Sincerely,", name]) + eol + eol }
      : { start: end, end, newText: eol + eol + join(["Sincerely,", name]) };
    return [
      {
        start,
        end: word ? start + word[0].length : end,
        message: "The letter ends without a sign-off and a name. A closing such as \"Sincerely,\" and your name show the customer who stands behind the apology.",
        fixes: [{ title: `Add "Sincerely," and ${safe ? "your signature" : `"${teamName(config.signature)}"`}`, edits: [edit], safe }],
      },
    ];
  },
};

function teamName(signature: Signature): string {
  return signature.company ? `The ${signature.company} Team` : TEAM;
}

/** The lines of text before the P.S. (or to the end), in order. */
function proseLines(letter: Letter): Line[] {
  const limit = letter.structure.postscript?.start ?? Infinity;
  return letter.doc.lines.filter((l) => l.kind !== "blank" && l.kind !== "hidden" && l.end <= limit && letter.doc.prose.slice(l.start, l.end).trim() !== "");
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}
