import type { Letter } from "../letter";
import { blankQuotations } from "../letter/sentences";

/** A passage in single quotation marks; apostrophes inside words ("we're") do not open one. */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])|\u2018[^\u2019\n]{1,200}\u2019(?![\p{L}\p{N}])/gu;

const cache = new WeakMap<Letter, string>();

/**
 * The letter's prose with other people's words blanked: block quotes and passages in quotation
 * marks. A customer's slang or an error message quoted back is not the writer's tone or jargon.
 * Same length as the text, so offsets carry over.
 */
export function writerProse(letter: Letter): string {
  let prose = cache.get(letter);
  if (prose === undefined) {
    const { doc } = letter;
    const parts: string[] = [];
    let at = 0;
    for (const line of doc.lines) {
      if (line.kind !== "quote") continue;
      parts.push(doc.prose.slice(at, line.start), " ".repeat(line.end - line.start));
      at = line.end;
    }
    parts.push(doc.prose.slice(at));
    prose = blankQuotations(parts.join("")).replace(SINGLE_QUOTED, (q) => " ".repeat(q.length));
    cache.set(letter, prose);
  }
  return prose;
}

/** True when `at` is inside one of the spans. */
export function within(spans: readonly { start: number; end: number }[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}
