import type { Letter, Sentence } from "../letter";
import { ELEMENT_IDS, type ElementId, type Fix, type TextEdit } from "../types";
import { ELEMENT_SENTENCES, type SentenceFacts } from "./element-sentences";

/**
 * Fixes for a missing element: one per sentence variant, each inserted where the element belongs
 * in the letter's order (acknowledge → responsibility → regret → amends → change): right after
 * the last sentence of an earlier element, else right before the first of a later one, else as
 * the body's first paragraph.
 */
export function missingElementFixes(
  letter: Letter,
  evidence: Readonly<Record<ElementId, readonly Sentence[]>>,
  element: ElementId,
  facts: SentenceFacts,
): Fix[] {
  const place = insertionPoint(letter, evidence, element);
  if (!place) return [];
  return ELEMENT_SENTENCES[element](facts).map((sentence) => ({
    title: `Add: "${sentence}"`,
    edits: [place(sentence)],
    safe: false,
  }));
}

function insertionPoint(
  letter: Letter,
  evidence: Readonly<Record<ElementId, readonly Sentence[]>>,
  element: ElementId,
): ((sentence: string) => TextEdit) | undefined {
  const order = ELEMENT_IDS.indexOf(element);
  const inBody = (s: Sentence): boolean => s.zone === "body";
  const before = ELEMENT_IDS.slice(0, order).flatMap((id) => evidence[id].filter(inBody));
  const after = ELEMENT_IDS.slice(order + 1).flatMap((id) => evidence[id].filter(inBody));
  const last = before.reduce<Sentence | undefined>((a, s) => (!a || s.end > a.end ? s : a), undefined);
  if (last) return (sentence) => ({ start: last.end, end: last.end, newText: ` ${sentence}` });
  const first = after.reduce<Sentence | undefined>((a, s) => (!a || s.start < a.start ? s : a), undefined);
  if (first) return (sentence) => ({ start: first.start, end: first.start, newText: `${sentence} ` });
  const { text } = letter.doc;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const opening = letter.own.find(inBody);
  if (opening) {
    // A paragraph of its own before the first one, from the start of its line when the line is all body.
    const lineStart = text.lastIndexOf("\n", opening.start - 1) + 1;
    const at = lineStart >= letter.structure.body.start && text.slice(lineStart, opening.start).trim() === "" ? lineStart : opening.start;
    return (sentence) => ({ start: at, end: at, newText: `${sentence}${eol}${eol}` });
  }
  // A body with no sentence: the element goes where the body ends, before any closing, unless
  // that is inside code or a comment, where it would be no part of the letter.
  const at = letter.structure.body.end;
  if (letter.doc.lines.some((l) => l.kind === "hidden" && l.start <= at && at <= l.end)) return undefined;
  return at >= text.length
    ? (sentence) => ({ start: at, end: at, newText: `${/\n\s*$/.test(text) || !text ? "" : eol}${eol}${sentence}${eol}` })
    : (sentence) => ({ start: at, end: at, newText: `${sentence}${eol}${eol}` });
}
