import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describeReadError } from "./read-error";

export const CONFIG_FILE = ".apology-lint.json";

/** A config file as found on disk: its text, or why it could not be read. */
export type ConfigFile = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: string };

/** Reads a config file; a file that cannot be read (missing, a directory, no permission) says why. */
export function readConfigFile(path: string): ConfigFile {
  try {
    return { path, text: readFileSync(path, "utf8") };
  } catch (error) {
    return { path, error: describeReadError(error) };
  }
}

/** Finds the nearest `.apology-lint.json` upward from a folder, looking at each folder once until cleared. */
export class ConfigFileFinder {
  private readonly cache = new Map<string, ConfigFile | undefined>();

  find(folder: string): ConfigFile | undefined {
    if (this.cache.has(folder)) return this.cache.get(folder);
    const candidate = join(folder, CONFIG_FILE);
    let found: ConfigFile | undefined;
    if (statSync(candidate, { throwIfNoEntry: false })) found = readConfigFile(candidate);
    else if (dirname(folder) !== folder) found = this.find(dirname(folder));
    this.cache.set(folder, found);
    return found;
  }

  clear(): void {
    this.cache.clear();
  }
}
