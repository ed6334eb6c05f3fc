/**
 * Small readings of a sentence that every detector needs: where the clause around a match
 * begins, and whether the match is negated, conditional, hedged or said by the customer.
 * All functions take the sentence text and an offset inside it.
 */

const CLAUSE_BREAK = /[;:\u2014\u2013()]|,\s+(?:but|and|so|although|though|while|which|because)\b|\s-\s|\b(?:but|however|although|though|whereas|because|unless)\b/gi;

/** Offset where the clause containing `at` starts. */
export function clauseStart(text: string, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text)) {
    start = m.index + m[0].length;
  }
  return start;
}

/** Offset where the clause containing `at` ends. */
export function clauseEnd(text: string, at: number): number {
  CLAUSE_BREAK.lastIndex = at;
  const m = CLAUSE_BREAK.exec(text);
  return m ? m.index : text.length;
}

/** The clause text before `at`, lower-cased. */
export function leadIn(text: string, at: number): string {
  return text.slice(clauseStart(text, at), at).toLowerCase();
}

const NEGATION = /\b(?:not|never|no|cannot|cant|can't|won't|wont|unable|neither|nor|without)\b|n['\u2019]t\b/;
const NOT_ONLY = /\bnot only\b|\bno (?:later|more|less) than\b|\bno longer\b|\bnever again\b|\bgo(?:es)?\s+without\s+saying\b/g;
/** A comma and a new subject start a new clause: "It should never have happened, I can only apologise". */
const NEW_SUBJECT = /^.*,\s+(?=(?:i|we|you|they|he|she)\s)/;

/** True when the clause before `at` negates it ("we are not able to offer a refund"). */
export function isNegated(text: string, at: number, window = 40): boolean {
  const before = leadIn(text, at).replace(NEW_SUBJECT, "").slice(-window).replace(NOT_ONLY, "");
  return NEGATION.test(before);
}

const CONDITIONAL = /\b(?:if|whether|unless|in case|to the extent|insofar|should you|where applicable|may be eligible|might be eligible)\b/;

/** True when the clause before `at` makes it conditional ("if we made a mistake"). */
export function isConditional(text: string, at: number): boolean {
  return CONDITIONAL.test(text.slice(Math.max(0, at - 60), at).toLowerCase().split(/[.;]/).at(-1) ?? "");
}

const CONDITION_AFTER = /\b(?:if|unless|to the extent|insofar|in so far|in (?:the )?(?:event|case) that|where applicable)\b/;
const OBJECT_END = /[.;:!?\u2014]|\s(?:and|but|so|because|while|although|though)\s/;

/** True when the words after `at`, up to the end of their clause, make it conditional
 *  ("we regret any inconvenience to the extent that …", "we accept responsibility if …"). */
export function isConditionalAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + 120).toLowerCase();
  const end = rest.search(OBJECT_END);
  return CONDITION_AFTER.test(end < 0 ? rest : rest.slice(0, end));
}

/** Words that put the writer's side in the subject: the company speaking for itself. */
export const COMPANY = String.raw`(?:I|we|us|our(?:\s+\w+){0,2}|my(?:\s+\w+){0,2}|the\s+(?:company|team|store|shop|staff))`;
