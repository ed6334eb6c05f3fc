/**
 * The matches of a global pattern in a text, without the copy of the pattern that `matchAll`
 * makes on every call: rules run per sentence, and that copy dominated their cost.
 */
export function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    yield m;
    if (m[0] === "") pattern.lastIndex++;
  }
}
