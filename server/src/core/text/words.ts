import { isHighSurrogate } from "./chars";

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Length of the letter or digit at `i` (1, or 2 for an astral one), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const astral = isHighSurrogate(c) ? 2 : 1;
  return NON_ASCII_WORD_CHAR.test(text.slice(i, i + astral)) ? astral : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Number of words in `text`. A word is letters and digits, joined by inner apostrophes, dots and
 * hyphens ("don't", "e.g", "well-known", "19.99"), and a number's inner colon, comma or slash
 * ("2:40", "1,260", "24/7"). One pass over character codes: a regular expression with Unicode
 * classes took three times as long on a long document.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const length = wordCharAt(text, i);
    if (length) {
      if (!inWord) n++;
      inWord = true;
      i += length - 1;
      continue;
    }
    if (inWord) {
      const c = text.charCodeAt(i);
      const joinsLetters = (c === 39 || c === 0x2019 || c === 46 || c === 45) && wordCharAt(text, i + 1) > 0;
      const joinsDigits = (c === 58 || c === 44 || c === 47) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
      if (joinsLetters || joinsDigits) continue;
    }
    inWord = false;
  }
  return n;
}
