/** Character tests on UTF-16 code units and code points, without a regex or a string per character. */

/** `\s` as JavaScript regexes mean it: spaces, tabs, line breaks, no-break and ideographic spaces. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A pictograph (⚠, ✔, 😬, 🛡…), not ©, ® or ™, which stand inside names. */
export function isEmojiCodePoint(cp: number): boolean {
  return (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x1f000 && cp <= 0x1faff);
}

/** What joins or modifies an emoji: variation selector 16 and the zero-width joiner. */
export function isEmojiJoiner(code: number): boolean {
  return code === 0xfe0f || code === 0x200d;
}

/** The first half of a surrogate pair: a cut right after it would split a character. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
