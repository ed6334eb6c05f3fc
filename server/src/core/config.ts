import type { Severity } from "./types";

export type RuleSetting = Severity | "off";

/** What `.apology-lint.json` (and, in the editor, the `apologyLint` settings) may hold. */
export interface Config {
  /** Severity per rule id (`missing-regret`, `jargon`, …), or "off". */
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_CONFIG: Config = { rules: {} };

const SETTINGS: readonly string[] = ["error", "warning", "information", "hint", "off"];

export interface ConfigResult {
  readonly config: Config;
  /** One line per problem found; the offending parts are replaced by defaults. */
  readonly problems: readonly string[];
}

/** Reads a config object of unknown shape, keeping what is valid and naming what is not. */
export function parseConfig(raw: unknown, knownRules: ReadonlySet<string>): ConfigResult {
  const problems: string[] = [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { config: DEFAULT_CONFIG, problems: ["the configuration must be a JSON object"] };
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "rules") {
      problems.push(`unknown setting "${key}"`);
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`"rules" must be an object of rule ids to ${SETTINGS.join("|")}`);
      continue;
    }
    for (const [id, setting] of Object.entries(value)) {
      if (!knownRules.has(id)) problems.push(`unknown rule "${id}"`);
      else if (typeof setting !== "string" || !SETTINGS.includes(setting)) problems.push(`rule "${id}" must be one of ${SETTINGS.join(", ")}`);
      else rules[id] = setting as RuleSetting;
    }
  }
  return { config: { rules }, problems };
}

/** Parses the text of a config file; a syntax error is a problem, not an exception. */
export function parseConfigText(text: string, knownRules: ReadonlySet<string>): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { config: DEFAULT_CONFIG, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parseConfig(raw, knownRules);
}
