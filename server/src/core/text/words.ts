/**
 * A word: letters and digits, with inner apostrophes, dots and hyphens ("don't", "e.g", "well-known",
 * "19.99"), and a number's inner colon, comma or slash ("2:40", "1,260", "24/7") as one word.
 */
const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+|(?<=\p{N})[:,/]\p{N}+)*/gu;

/** Number of words in `text`. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}
