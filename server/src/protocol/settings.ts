import { parseConfig, RULE_IDS, type Config } from "../core";
import type { ConfigFile } from "../files/config-file";

/** Which documents are analyzed, besides the `apology-letter` language. */
export interface Scope {
  readonly enable: boolean;
  readonly include: readonly string[];
  readonly autoDetect: boolean;
}

export interface DocumentSettings {
  readonly scope: Scope;
  readonly config: Config;
  /** The config file that applied, if any. */
  readonly configFile: string | undefined;
  /** Clear one-line problems with the editor settings or the config file. */
  readonly problems: readonly string[];
}

export const DEFAULT_SCOPE: Scope = {
  enable: true,
  include: ["**/*.letter.md", "**/*.letter.txt", "**/letters/**", "**/apologies/**"],
  autoDetect: true,
};

const CONFIG_KEYS = ["rules", "maxWords", "signature", "vocabulary"] as const;

/**
 * Merges the editor's `apologyLint` settings with the nearest `.apology-lint.json`: the file is
 * the team's shared choice, so it wins over personal settings, key by key.
 */
export function resolveSettings(editor: unknown, file: ConfigFile | undefined): DocumentSettings {
  const problems: string[] = [];
  const settings = isObject(editor) ? editor : {};
  const scope = readScope(settings, problems);

  const fromEditor: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) if (settings[key] !== undefined && settings[key] !== null) fromEditor[key] = settings[key];
  const editorResult = parseConfig(fromEditor, RULE_IDS);
  problems.push(...editorResult.problems.map((p) => `settings: ${p}`));

  let fromFile: Record<string, unknown> = {};
  if (file && "error" in file) {
    problems.push(`${file.path}: cannot be read (${file.error}); using the defaults`);
  } else if (file) {
    try {
      const raw: unknown = JSON.parse(file.text);
      const checked = parseConfig(raw, RULE_IDS);
      problems.push(...checked.problems.map((p) => `${file.path}: ${p}`));
      if (isObject(raw)) fromFile = raw;
    } catch (error) {
      problems.push(`${file.path}: not valid JSON (${(error as Error).message}); using the defaults`);
    }
  }
  const merged = parseConfig(mergeRaw(fromEditor, fromFile), RULE_IDS).config;
  return { scope, config: merged, configFile: file?.path, problems };
}

function mergeRaw(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of CONFIG_KEYS) {
    const a = base[key];
    const b = over[key];
    if (b === undefined) continue;
    out[key] = isObject(a) && isObject(b) ? { ...a, ...b } : b;
  }
  return out;
}

function readScope(settings: Record<string, unknown>, problems: string[]): Scope {
  const { enable, include, autoDetect } = settings;
  const scope = { ...DEFAULT_SCOPE };
  if (enable !== undefined) {
    if (typeof enable === "boolean") scope.enable = enable;
    else problems.push(`settings: "apologyLint.enable" must be true or false`);
  }
  if (include !== undefined) {
    if (Array.isArray(include) && include.every((g) => typeof g === "string")) scope.include = include;
    else problems.push(`settings: "apologyLint.include" must be a list of glob patterns`);
  }
  if (autoDetect !== undefined) {
    if (typeof autoDetect === "boolean") scope.autoDetect = autoDetect;
    else problems.push(`settings: "apologyLint.autoDetect" must be true or false`);
  }
  return scope;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
