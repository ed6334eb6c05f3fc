import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DEFAULT_CONFIG, parseConfigText, RULE_IDS, type Config } from "../core";
import { describeReadError } from "./read-error";

export const CONFIG_FILE = ".apology-lint.json";

/**
 * Reads a config file. Each problem is reported through `warn` and replaced by its default, so a
 * malformed file never stops the run; null when the file cannot be read at all.
 */
export function readConfigFile(path: string, warn: (line: string) => void): Config | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    warn(`cannot read config ${path}: ${describeReadError(error)}`);
    return null;
  }
  const { config, problems } = parseConfigText(text, RULE_IDS);
  for (const p of problems) warn(`${path}: ${p}; using the default`);
  return config;
}

/** Finds each letter's `.apology-lint.json`, upward from its folder; every folder is looked at once. */
export class ConfigFiles {
  private readonly byFolder = new Map<string, Config | undefined>();

  constructor(private readonly warn: (line: string) => void) {}

  /** The nearest config above `file`, or undefined when there is none. */
  forFile(file: string): Config | undefined {
    return this.forFolder(dirname(resolve(file)));
  }

  private forFolder(folder: string): Config | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const path = join(folder, CONFIG_FILE);
    let config: Config | undefined;
    if (existsSync(path)) config = readConfigFile(path, this.warn) ?? DEFAULT_CONFIG;
    else if (dirname(folder) !== folder) config = this.forFolder(dirname(folder));
    this.byFolder.set(folder, config);
    return config;
  }
}
