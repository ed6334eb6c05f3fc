/**
 * A small reader for Hunspell dictionaries of the kind SCOWL publishes for English: single-letter
 * flags, prefix and suffix rules, REP pairs. A word is checked by stripping affixes back to a stem
 * rather than by expanding every stem up front, so loading is one pass over the files.
 */

interface Affix {
  readonly flag: string;
  /** Letters the rule removes from the stem before adding `add`. */
  readonly strip: string;
  readonly add: string;
  /** What the stem must look like at the affixed end, anchored. */
  readonly condition: RegExp;
  /** Whether the rule combines with an affix of the other kind. */
  readonly cross: boolean;
}

export interface AffixRules {
  readonly prefixes: readonly Affix[];
  readonly suffixes: readonly Affix[];
  /** Common misspelt letter groups and their corrections, for suggestions. */
  readonly replacements: ReadonlyArray<readonly [string, string]>;
  /** Words with this flag are accepted but never suggested (slurs, vulgarities). */
  readonly noSuggest?: string;
  /** Stems with this flag exist only inside compounds (ordinals such as "1th"). */
  readonly onlyInCompound?: string;
}

export function parseAffixes(aff: string): AffixRules {
  const prefixes: Affix[] = [];
  const suffixes: Affix[] = [];
  const replacements: Array<[string, string]> = [];
  const cross = new Map<string, boolean>();
  let noSuggest: string | undefined;
  let onlyInCompound: string | undefined;
  for (const line of aff.split(/\r?\n/)) {
    const [kind, a, b, c, d] = line.trim().split(/\s+/);
    if (kind === "NOSUGGEST") noSuggest = a;
    else if (kind === "ONLYINCOMPOUND") onlyInCompound = a;
    else if (kind === "REP" && a !== undefined && b !== undefined) replacements.push([a, b.replace(/_/g, " ")]);
    else if ((kind === "PFX" || kind === "SFX") && a && b !== undefined && c !== undefined) {
      // A header ("SFX D Y 4") says whether the flag crosses; the entries follow it.
      if (d === undefined) {
        cross.set(kind + a, b === "Y");
        continue;
      }
      const strip = b === "0" ? "" : b;
      const add = c === "0" ? "" : c.split("/")[0]!;
      const anchored = d === "." ? "" : kind === "PFX" ? `^${d}` : `${d}$`;
      const affix = { flag: a, strip, add, condition: new RegExp(anchored, "u"), cross: cross.get(kind + a) ?? false };
      (kind === "PFX" ? prefixes : suffixes).push(affix);
    }
  }
  return {
    prefixes,
    suffixes,
    replacements,
    ...(noSuggest !== undefined && { noSuggest }),
    ...(onlyInCompound !== undefined && { onlyInCompound }),
  };
}

/** Adds the stems of a `.dic` file (first line: count; then `stem/FLAGS`) to `stems`. */
export function addStems(dic: string, stems: Map<string, string>): void {
  for (let at = dic.indexOf("\n") + 1; at > 0 && at < dic.length; ) {
    const next = dic.indexOf("\n", at);
    const end = next < 0 ? dic.length : dic[next - 1] === "\r" ? next - 1 : next;
    const slash = dic.indexOf("/", at);
    const stem = slash < 0 || slash > end ? dic.slice(at, end) : dic.slice(at, slash);
    const flags = slash < 0 || slash > end ? "" : dic.slice(slash + 1, end);
    if (stem) stems.set(stem, (stems.get(stem) ?? "") + flags);
    at = next + 1;
  }
}

export class HunspellDictionary {
  /** Rules by the letters they add, so a word is only tried against endings it has. */
  private readonly suffixes: ReadonlyMap<string, readonly Affix[]>;
  private readonly prefixes: ReadonlyMap<string, readonly Affix[]>;
  private readonly longestSuffix: number;
  private readonly longestPrefix: number;

  constructor(
    private readonly rules: AffixRules,
    private readonly stems: ReadonlyMap<string, string>,
  ) {
    this.suffixes = byAddition(rules.suffixes);
    this.prefixes = byAddition(rules.prefixes);
    this.longestSuffix = Math.max(0, ...rules.suffixes.map((a) => a.add.length));
    this.longestPrefix = Math.max(0, ...rules.prefixes.map((a) => a.add.length));
  }

  /** True when `word`, exactly as cased, is a form the dictionary allows. */
  has(word: string): boolean {
    return this.flagsOf(word) !== undefined;
  }

  /** True when `word` is allowed and may be offered as a suggestion. */
  suggestible(word: string): boolean {
    const flags = this.flagsOf(word);
    return flags !== undefined && (this.rules.noSuggest === undefined || !flags.includes(this.rules.noSuggest));
  }

  /**
   * True when `word` is a noun the dictionary lists only as a noun, with the ending its verb would
   * take ("rostered", "actioning"): English turns nouns into verbs freely and the word lists lag
   * behind. A stem that already is a verb does not count, whether by its flags or by a participle
   * listed on its own ("stopping", "writing"), so "stoped" and "writed" stay slips.
   * Flags are SCOWL's: S noun plural, D past tense, G present participle.
   */
  isVerbedNoun(word: string): boolean {
    for (const n of [1, 2, 3]) {
      for (const s of this.suffixes.get(word.slice(word.length - n)) ?? []) {
        if (s.flag !== "D" && s.flag !== "G") continue;
        const stem = word.slice(0, word.length - n) + s.strip;
        if (!s.condition.test(stem)) continue;
        const flags = this.stemFlags(stem);
        if (flags === undefined || !flags.includes("S") || flags.includes("D") || flags.includes("G")) continue;
        if (![`${stem}ing`, `${stem.slice(0, -1)}ing`, `${stem}${stem.at(-1)}ing`].some((p) => this.has(p))) return true;
      }
    }
    return false;
  }

  /**
   * True when `word` is a noun plus `ending`, its last consonant maybe doubled: the informal
   * adjective ("glitch" → "glitchy", "lag" → "laggy") or the "-er" of compounds ("three-seater").
   * The word lists lag behind these. A stem ending in a vowel or "l", or one with an "-ly" adverb,
   * does not count, so the common slips "finaly", "realy" and "quicky" stay slips.
   * Flags are SCOWL's: S noun plural, Y adverb in "-ly".
   */
  isNounWith(ending: string, word: string): boolean {
    if (word.length < ending.length + 4 || !word.endsWith(ending)) return false;
    const stem = word.slice(0, -ending.length);
    for (const noun of stem.at(-1) === stem.at(-2) ? [stem, stem.slice(0, -1)] : [stem]) {
      if (/[aeiouyl]$/.test(noun)) continue;
      const flags = this.stemFlags(noun);
      if (flags !== undefined && flags.includes("S") && !flags.includes("Y")) return true;
    }
    return false;
  }

  get replacements(): AffixRules["replacements"] {
    return this.rules.replacements;
  }

  /** The flags of the stem `word` derives from, or undefined when it is not a word. */
  private flagsOf(word: string): string | undefined {
    const direct = this.stemFlags(word);
    if (direct !== undefined) return direct;
    for (let n = Math.min(this.longestSuffix, word.length - 1); n >= 0; n--) {
      for (const s of this.suffixes.get(word.slice(word.length - n)) ?? []) {
        const stem = word.slice(0, word.length - n) + s.strip;
        if (!s.condition.test(stem)) continue;
        const flags = this.stemFlags(stem);
        if (flags?.includes(s.flag)) return flags;
        if (s.cross) {
          const viaPrefix = this.unprefixed(stem, true, (f) => f.includes(s.flag));
          if (viaPrefix !== undefined) return viaPrefix;
        }
      }
    }
    return this.unprefixed(word, false, () => true);
  }

  /** Flags of a stem reached by removing one prefix (one that crosses, after a suffix) that `accept` allows. */
  private unprefixed(word: string, afterSuffix: boolean, accept: (flags: string) => boolean): string | undefined {
    for (let n = Math.min(this.longestPrefix, word.length - 1); n >= 0; n--) {
      for (const p of this.prefixes.get(word.slice(0, n)) ?? []) {
        if (afterSuffix && !p.cross) continue;
        const stem = p.strip + word.slice(n);
        if (!p.condition.test(stem)) continue;
        const flags = this.stemFlags(stem);
        if (flags?.includes(p.flag) && accept(flags)) return flags;
      }
    }
    return undefined;
  }

  private stemFlags(stem: string): string | undefined {
    const flags = this.stems.get(stem);
    if (flags === undefined) return undefined;
    return this.rules.onlyInCompound !== undefined && flags.includes(this.rules.onlyInCompound) ? undefined : flags;
  }
}

function byAddition(affixes: readonly Affix[]): Map<string, Affix[]> {
  const map = new Map<string, Affix[]>();
  for (const a of affixes) map.set(a.add, [...(map.get(a.add) ?? []), a]);
  return map;
}
