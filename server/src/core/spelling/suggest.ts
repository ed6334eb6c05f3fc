import type { HunspellDictionary } from "./hunspell";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const VOWEL = /[aeiouy]/;

export interface Suggestion {
  readonly word: string;
  /** How unlikely the slip is: 0.5 for the commonest slips, 1 for any one letter, more for the first. */
  readonly cost: number;
}

/**
 * Dictionary words one typing slip away from `word` (lower case), most likely first. Slips are
 * weighted by how often people make them: swapped neighbours, a doubled or undoubled letter (a
 * consonant more often than a vowel), a wrong vowel, a left-out letter and, a little less often,
 * an extra vowel are cheaper than an arbitrary change; the first letter is rarely the wrong one. Every candidate is looked up, so call this for unknown words only.
 */
export function suggestions(word: string, dictionary: HunspellDictionary, limit = 3): Suggestion[] {
  const costs = new Map<string, number>();
  const offer = (candidate: string, cost: number, at: number): void => {
    const total = cost + (at === 0 ? 1 : 0);
    const had = costs.get(candidate);
    if (had === undefined || total < had) costs.set(candidate, total);
  };
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    const here = word[i];
    const next = word[i + 1];
    if (here !== undefined) {
      const doubled = here === word[i - 1] || here === next;
      offer(before + after.slice(1), doubled ? 0.5 : VOWEL.test(here) && next !== undefined ? 0.85 : 1, i);
      if (next !== undefined && next !== here) offer(before + next + here + after.slice(2), 0.5, i);
    }
    for (const c of LETTERS) {
      if (here !== undefined && c !== here) offer(before + c + after.slice(1), VOWEL.test(c) && VOWEL.test(here) ? 0.6 : 1, i);
      const doubling = c === here || c === word[i - 1];
      offer(before + c + after, doubling ? (VOWEL.test(c) ? 0.55 : 0.5) : 0.8, i);
    }
  }
  for (const [from, to] of dictionary.replacements) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
      offer(word.slice(0, at) + to + word.slice(at + from.length), 0.9, at);
    }
  }
  costs.delete(word);
  return [...costs]
    .filter(([candidate]) => candidate.length > 1 && !candidate.includes(" ") && dictionary.suggestible(candidate))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([candidate, cost]) => ({ word: candidate, cost }));
}
