import { ELEMENT_IDS, type ElementId, type Severity } from "./types";

export type RuleSetting = Severity | "off";

export interface Signature {
  readonly name?: string;
  readonly position?: string;
  readonly company?: string;
}

export interface Vocabulary {
  /** Words the spell check accepts: names, products, house terms. */
  readonly accept: readonly string[];
  /** Extra internal terms the jargon rule flags. */
  readonly jargon: readonly string[];
  /** Extra phrases that count as doing an element's job (matched literally, case-insensitive). */
  readonly elements: Readonly<Partial<Record<ElementId, readonly string[]>>>;
}

/** What `.apology-lint.json` (and, in the editor, the `apologyLint` settings) may hold. */
export interface Config {
  /** Severity per rule id (`missing-regret`, `jargon`, …), or "off". */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Body words above which a letter is more than the guide's "one page". */
  readonly maxWords: number;
  readonly signature: Signature;
  readonly vocabulary: Vocabulary;
}

export const DEFAULT_CONFIG: Config = {
  rules: {},
  maxWords: 400,
  signature: {},
  vocabulary: { accept: [], jargon: [], elements: {} },
};

const SETTINGS: readonly string[] = ["error", "warning", "information", "hint", "off"];

export interface ConfigResult {
  readonly config: Config;
  /** One line per problem found; each offending part is replaced by its default. */
  readonly problems: readonly string[];
}

type Problems = string[];

/** Reads a config object of unknown shape, keeping what is valid and naming what is not. */
export function parseConfig(raw: unknown, knownRules: ReadonlySet<string>): ConfigResult {
  const problems: Problems = [];
  if (!isObject(raw)) return { config: DEFAULT_CONFIG, problems: ["the configuration must be a JSON object"] };
  let config: Config = DEFAULT_CONFIG;
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "rules":
        config = { ...config, rules: readRules(value, knownRules, problems) };
        break;
      case "maxWords":
        if (typeof value === "number" && Number.isInteger(value) && value > 0) config = { ...config, maxWords: value };
        else problems.push(`"maxWords" must be a positive whole number`);
        break;
      case "signature":
        config = { ...config, signature: readSignature(value, problems) };
        break;
      case "vocabulary":
        config = { ...config, vocabulary: readVocabulary(value, problems) };
        break;
      case "$schema":
        break;
      default:
        problems.push(`unknown setting "${key}"`);
    }
  }
  return { config, problems };
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

function readRules(value: unknown, knownRules: ReadonlySet<string>, problems: Problems): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (!isObject(value)) {
    problems.push(`"rules" must be an object of rule ids to ${SETTINGS.join("|")}`);
    return rules;
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!knownRules.has(id)) problems.push(`unknown rule "${id}"`);
    else if (typeof setting !== "string" || !SETTINGS.includes(setting)) problems.push(`rule "${id}" must be one of ${SETTINGS.join(", ")}`);
    else rules[id] = setting as RuleSetting;
  }
  return rules;
}

function readSignature(value: unknown, problems: Problems): Signature {
  if (!isObject(value)) {
    problems.push(`"signature" must be an object with "name", "position" and "company"`);
    return {};
  }
  const signature: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key !== "name" && key !== "position" && key !== "company") problems.push(`unknown signature field "${key}"`);
    else if (typeof field !== "string") problems.push(`"signature.${key}" must be a string`);
    else if (field.trim()) signature[key] = field.trim();
  }
  return signature;
}

function readVocabulary(value: unknown, problems: Problems): Vocabulary {
  const vocabulary = { ...DEFAULT_CONFIG.vocabulary };
  if (!isObject(value)) {
    problems.push(`"vocabulary" must be an object with "accept", "jargon" and "elements"`);
    return vocabulary;
  }
  for (const [key, field] of Object.entries(value)) {
    if (key === "accept" || key === "jargon") vocabulary[key] = readStrings(field, `vocabulary.${key}`, problems);
    else if (key === "elements") vocabulary.elements = readElementPhrases(field, problems);
    else problems.push(`unknown vocabulary field "${key}"`);
  }
  return vocabulary;
}

function readElementPhrases(value: unknown, problems: Problems): Partial<Record<ElementId, readonly string[]>> {
  const phrases: Partial<Record<ElementId, readonly string[]>> = {};
  if (!isObject(value)) {
    problems.push(`"vocabulary.elements" must map element ids to lists of phrases`);
    return phrases;
  }
  for (const [id, list] of Object.entries(value)) {
    if ((ELEMENT_IDS as readonly string[]).includes(id)) phrases[id as ElementId] = readStrings(list, `vocabulary.elements.${id}`, problems);
    else problems.push(`unknown element "${id}" (use ${ELEMENT_IDS.join(", ")})`);
  }
  return phrases;
}

function readStrings(value: unknown, name: string, problems: Problems): string[] {
  if (!Array.isArray(value)) {
    problems.push(`"${name}" must be a list of strings`);
    return [];
  }
  const strings = value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
  if (strings.length !== value.length) problems.push(`"${name}" must hold only non-empty strings`);
  return strings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
