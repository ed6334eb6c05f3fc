import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { DEFAULT_CONFIG } from "../config";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const letter = (body: string): string => `Dear Ms. Okafor,\n\n${body}\n\nKind regards,\nDaniel Reyes\nCustomer Care\n`;

describe("misspelling", () => {
  it("flags misspelt words and offers the dictionary's best guess first", () => {
    const text = letter("I am truly sorry that your order was recieved late. We will definately refund the relevent charge.");
    expect(flagged(text, "misspelling")).toEqual(["recieved", "definately", "relevent"]);
    const firsts = findingsOf(text, "misspelling").map((f) => f.fixes[0]?.edits[0]?.newText);
    expect(firsts).toEqual(["received", "definitely", "relevant"]);
  });

  it("keeps the capital of a misspelt first word in its suggestion", () => {
    const text = letter("Unfortunatly the parcel was sent to the wrong address.");
    const [finding] = findingsOf(text, "misspelling");
    expect(text.slice(finding!.start, finding!.end)).toBe("Unfortunatly");
    expect(finding!.fixes[0]!.title).toBe('Change to "Unfortunately"');
    expect(finding!.fixes.every((f) => !f.safe)).toBe(true);
  });

  it("accepts British spellings", () => {
    const text = letter("We apologise for the colour mix-up: the organised team relabelled every parcel and the travellers' cheques were cancelled.");
    expect(flagged(text, "misspelling")).toEqual([]);
  });

  it("accepts nouns used as verbs, but not a slip on a word that already is a verb", () => {
    const text = letter("We had not rostered a standby pilot. Your complaint was actioned on Monday, and we are now templating our replies. We stoped the charge and writed to the bank.");
    expect(flagged(text, "misspelling")).toEqual(["stoped", "writed"]);
  });

  it("does not check names, products, codes, addresses, acronyms or contractions", () => {
    const text = letter(
      "I spoke with Priyanka and Siobhan about order ZX-2291 and your iPhone. Our RMA desk at help@shop.example wasn't told. " +
        "The customer's refund isn't late, and we'll send it today. Write to https://shop.example/returns if you'd prefer.",
    );
    expect(flagged(text, "misspelling")).toEqual([]);
  });

  it("does not treat jargon, slang or coined words as misspellings", () => {
    const text = letter("The backend failover and the webhook config failed, lol, tbh it was easy peasy to fix.");
    expect(flagged(text, "misspelling")).toEqual([]);
  });

  it("does not flag a name that starts a sentence when the letter uses it as a name elsewhere", () => {
    const body = "Ravi from our warehouse will call you today. I am sorry we did not call sooner.";
    expect(flagged(`Dear Ms. Okafor,\n\n${body}\n\nKind regards,\nRavi Shah\n`, "misspelling")).toEqual([]);
    expect(flagged(`Dear Ms. Okafor,\n\n${body} Please ask Ravi for anything.\n\nKind regards,\nAna\n`, "misspelling")).toEqual([]);
    // Nothing says it is a name, and "rave" is one vowel away: the limit of a dictionary check.
    expect(flagged(`Dear Ms. Okafor,\n\n${body}\n\nKind regards,\nAna\n`, "misspelling")).toEqual(["Ravi"]);
    // A capitalised word with a possessive is a name, even at the start of a sentence.
    expect(flagged(`Dear Sam,\n\nTumblr's success is your success. I am sorry we went down.\n\nKind regards,\nAna\n`, "misspelling")).toEqual([]);
    // A name that is a word plus an extra vowel needs a closer match than a lower-case word.
    expect(flagged(`Dear Sam,\n\nMarek will call you today. I am sorry we did not call sooner.\n\nKind regards,\nAna\n`, "misspelling")).toEqual([]);
  });

  it("ignores misspellings quoted as the error being reported", () => {
    const text = letter('Your certificate showed your street as "Maple Avenu" and the word \'recieved\' twice. We are sorry for both errors.');
    expect(flagged(text, "misspelling")).toEqual([]);
  });

  it("ignores block quotes, which are someone else's words", () => {
    const text = `Dear Sam,\n\nYou wrote to us:\n\n> I definately never recieved it.\n\nWe are sorry it never arrived.\n\nBest regards,\nAna\n`;
    expect(analyze(text, { format: "markdown" }).findings.filter((f) => f.code === "misspelling")).toEqual([]);
  });

  it("checks each part of a hyphenated compound", () => {
    const text = letter("We offer a same-day re-delivery and a well-knwon courier.");
    expect(flagged(text, "misspelling")).toEqual(["knwon"]);
  });

  it("accepts a noun with the \"-er\" of a compound, but not a slip inside one", () => {
    const text = letter("Your three-seater sofa, the double-decker bus and the two-wheeler arrived. The first-timre discount applies.");
    expect(flagged(text, "misspelling")).toEqual(["timre"]);
  });

  it("accepts informal adjectives made from nouns, but not \"-ly\" slips", () => {
    expect(flagged(letter("The app was glitchy and laggy, and we pinky promise a fix."), "misspelling")).toEqual([]);
    expect(flagged(letter("We finaly sent it, realy quicky."), "misspelling")).toEqual(["finaly", "realy", "quicky"]);
  });

  it("leaves the jargon table's terms to the jargon rule", () => {
    const text = letter("A cron job and two crons sent the email.");
    expect(flagged(text, "misspelling")).toEqual([]);
    expect(flagged(text, "jargon")).toEqual(["cron job", "crons"]);
  });

  it("passes over a run of letters too long to be a word, quickly", () => {
    const text = letter(`We are sorry. ${"x".repeat(50_000)} was our mistake.`);
    const started = performance.now();
    expect(flagged(text, "misspelling")).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("accepts the configured vocabulary", () => {
    const text = letter("Your Zentrix router was recieved.");
    const config = { ...DEFAULT_CONFIG, vocabulary: { ...DEFAULT_CONFIG.vocabulary, accept: ["recieved"] } };
    expect(analyze(text, { format: "plaintext", config }).findings.filter((f) => f.code === "misspelling")).toEqual([]);
  });

  it("flags a doubled word on the repetition and its space, and removes it safely", () => {
    const text = letter("We are sorry that the the parcel was late. It was\nwas our mistake.");
    expect(flagged(text, "misspelling")).toEqual([" the", "\nwas"]);
    const [finding] = findingsOf(text, "misspelling");
    expect(finding!.fixes[0]!.safe).toBe(true);
    const fixed = applyFix(text, finding!.fixes[0]!);
    expect(fixed).toContain("We are sorry that the parcel was late.");
    expect(newErrors(analyzeText(text), analyzeText(fixed))).toEqual([]);
    expect(flagged(fixed, "misspelling")).toEqual(["\nwas"]);
  });

  it("does not take words in neighbouring table cells for a doubled word", () => {
    const text = "Dear Sam,\n\nWe are sorry. Here is what changes:\n\n| before | after |\n| --- | --- |\n| yes | yes |\n\nBest regards,\nAna\n";
    expect(analyze(text, { format: "markdown" }).findings.filter((f) => f.code === "misspelling")).toEqual([]);
  });

  it("does not flag grammatical repeats, repeated names or words split by punctuation", () => {
    const text = letter("What it had had in it was ours. He said that that was all. We flew to Bora Bora. Sorry, sorry again.");
    expect(flagged(text, "misspelling")).toEqual([]);
  });

  it("removes its own finding when a suggestion is applied", () => {
    const text = letter("We are sorry the bussiness account was charged twice.");
    const [finding] = findingsOf(text, "misspelling");
    const fixed = applyFix(text, finding!.fixes[0]!);
    expect(fixed).toContain("the business account");
    expect(findingsOf(fixed, "misspelling")).toEqual([]);
    expect(newErrors(analyzeText(text), analyzeText(fixed))).toEqual([]);
  });
});
