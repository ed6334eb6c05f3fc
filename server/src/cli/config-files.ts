import { dirname, resolve } from "node:path";
import { DEFAULT_CONFIG, parseConfigText, RULE_IDS, type Config } from "../core";
import { ConfigFileFinder, type ConfigFile } from "../files/config-file";

/**
 * Turns a config file into a Config. Each problem is reported through `warn` and replaced by its
 * default, so a malformed file never stops the run; null when the file cannot be read at all.
 */
export function configFrom(file: ConfigFile, warn: (line: string) => void): Config | null {
  if ("error" in file) {
    warn(`cannot read config ${file.path}: ${file.error}`);
    return null;
  }
  const { config, problems } = parseConfigText(file.text, RULE_IDS);
  for (const p of problems) warn(`${file.path}: ${p}; using the default`);
  return config;
}

/** Each letter's `.apology-lint.json`, found upward from its folder and read once. */
export class LetterConfigs {
  private readonly finder = new ConfigFileFinder();
  private readonly byPath = new Map<string, Config>();

  constructor(private readonly warn: (line: string) => void) {}

  /** The nearest config above `file`, or undefined when there is none. */
  forFile(file: string): Config | undefined {
    const found = this.finder.find(dirname(resolve(file)));
    if (!found) return undefined;
    let config = this.byPath.get(found.path);
    if (!config) this.byPath.set(found.path, (config = configFrom(found, this.warn) ?? DEFAULT_CONFIG));
    return config;
  }
}
