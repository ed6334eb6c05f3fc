/**
 * V8 stops optimizing a regular expression whose source is longer than 20 KB
 * (kRegExpTooLargeToOptimize); past that size one pattern ran 60 times slower here. Detectors
 * whose phrase lists grow past it are split into several patterns, each well under the limit.
 */
export const V8_OPTIMIZE_LIMIT = 20 * 1024;
const BUDGET = 16 * 1024;

/**
 * The alternatives as few `\b(?:a|b|…)` patterns as fit the budget, in order. One leading `\b`
 * per pattern: most positions fail once there instead of once per alternative.
 */
export function alternations(parts: readonly string[], flags: string): RegExp[] {
  const groups: string[][] = [[]];
  let size = 0;
  for (const part of parts) {
    if (size + part.length + 1 > BUDGET && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(part);
    size += part.length + 1;
  }
  return groups.map((group) => new RegExp(String.raw`\b(?:${group.join("|")})`, flags));
}
