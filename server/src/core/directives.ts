import type { Finding } from "./types";

/**
 * In-document control, as Markdown comments:
 *   <!-- apology-lint-disable [rule ...] -->      off from here (all rules when none named)
 *   <!-- apology-lint-enable [rule ...] -->       on again from here
 *   <!-- apology-lint-disable-next-line [rule ...] -->
 */
const DIRECTIVE = /<!--\s*apology-lint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

interface Toggle {
  readonly at: number;
  readonly on: boolean;
  /** Rule ids, or undefined for every rule. */
  readonly rules: ReadonlySet<string> | undefined;
}

interface NextLine {
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly rules: ReadonlySet<string> | undefined;
}

/** The findings that no directive in `text` switches off. */
export function applyDirectives(text: string, findings: readonly Finding[]): Finding[] {
  if (!text.includes("apology-lint-")) return [...findings];
  const toggles: Toggle[] = [];
  const nextLines: NextLine[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const names = m[2]!.split(/[\s,]+/).filter(Boolean);
    const rules = names.length ? new Set(names) : undefined;
    if (m[1] === "disable-next-line") {
      const lineStart = text.indexOf("\n", m.index + m[0].length) + 1;
      if (lineStart === 0) continue;
      const end = text.indexOf("\n", lineStart);
      nextLines.push({ lineStart, lineEnd: end < 0 ? text.length : end, rules });
    } else {
      toggles.push({ at: m.index, on: m[1] === "enable", rules });
    }
  }
  return findings.filter((f) => enabledAt(toggles, f.code, f.start) && !nextLines.some((n) => f.start >= n.lineStart && f.start <= n.lineEnd && (!n.rules || n.rules.has(f.code))));
}

/**
 * Whether `code` is on at `offset`: the last toggle before it that names the rule (or all
 * rules) decides. A missing-element finding sits on the greeting, but concerns the whole
 * letter, so a directive anywhere before the letter's end still applies to it.
 */
function enabledAt(toggles: readonly Toggle[], code: string, offset: number): boolean {
  const wholeLetter = code.startsWith("missing-");
  let on = true;
  for (const t of toggles) {
    if (!wholeLetter && t.at > offset) break;
    if (!t.rules || t.rules.has(code)) on = t.on;
  }
  return on;
}
