import { describe, expect, it } from "vitest";
import { addStems, HunspellDictionary, parseAffixes } from "./hunspell";
import { englishDictionary } from "./load";
import { suggestions } from "./suggest";

const AFF = `SET UTF-8
NOSUGGEST !
PFX U Y 1
PFX U   0     un         .

SFX D Y 3
SFX D   0     d          e
SFX D   y     ied        [^aeiou]y
SFX D   0     ed         [^ey]

SFX N N 1
SFX N   0     ness       .
REP f ph
`;
const DIC = "4\nhappy/DUN\nlock/DU\nbake/D\ncurse/!\n";

function tiny(): HunspellDictionary {
  const stems = new Map<string, string>();
  addStems(DIC, stems);
  return new HunspellDictionary(parseAffixes(AFF), stems);
}

describe("HunspellDictionary", () => {
  it("accepts stems and the forms their flags allow, and nothing else", () => {
    const d = tiny();
    expect(["lock", "locked", "unlock", "unlocked", "baked", "happied", "unhappied", "happyness"].map((w) => d.has(w))).toEqual([
      true, true, true, true, true, true, true, true,
    ]);
    expect(["bakeed", "unbake", "locd", "lockness", "unhappyness", "Lock"].map((w) => d.has(w))).toEqual([false, false, false, false, false, false]);
  });

  it("accepts but never suggests NOSUGGEST words", () => {
    const d = tiny();
    expect(d.has("curse")).toBe(true);
    expect(d.suggestible("curse")).toBe(false);
  });
});

describe("English dictionary", () => {
  const en = englishDictionary()!;

  it("holds American and British spellings", () => {
    expect(["color", "colour", "apologize", "apologise", "organised", "relabelled", "relabeled", "don't", "I'm"].every((w) => en.has(w))).toBe(true);
    expect(["recieved", "occured", "bussiness"].some((w) => en.has(w))).toBe(false);
  });

  it("suggests the common slips first", () => {
    const best = (w: string): string | undefined => suggestions(w, en)[0]?.word;
    expect(["pateince", "alergy", "occured", "endevour", "elegible", "definately", "unfortunatly"].map(best)).toEqual([
      "patience", "allergy", "occurred", "endeavour", "eligible", "definitely", "unfortunately",
    ]);
  });
});
