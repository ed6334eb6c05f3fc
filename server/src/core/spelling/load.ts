import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { addStems, HunspellDictionary, parseAffixes } from "./hunspell";

/**
 * American and British English from SCOWL (npm `dictionary-en`, `dictionary-en-gb`). Both use the
 * same affix file, so their stems share one table. The build copies them to `dist/dictionaries/`;
 * from source they are read in `node_modules`.
 */
const DICTIONARIES = ["en", "en-gb"] as const;

let loaded: HunspellDictionary | null | undefined;

/** The English dictionary, read once on first use; null when its files cannot be found. */
export function englishDictionary(): HunspellDictionary | null {
  if (loaded === undefined) loaded = load();
  return loaded;
}

function load(): HunspellDictionary | null {
  const folders = DICTIONARIES.map(locate);
  if (folders.some((f) => f === undefined)) return null;
  try {
    const stems = new Map<string, string>();
    for (const folder of folders) addStems(readFileSync(join(folder!, "index.dic"), "utf8"), stems);
    return new HunspellDictionary(parseAffixes(readFileSync(join(folders[0]!, "index.aff"), "utf8")), stems);
  } catch {
    return null;
  }
}

/** The folder holding `index.aff` and `index.dic` of `name`, searched upward from this file. */
function locate(name: string): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, "dictionaries", name), join(dir, "node_modules", `dictionary-${name}`)]) {
      if (existsSync(join(candidate, "index.dic"))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
