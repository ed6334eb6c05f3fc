import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "casual-tone";
const letter = (body: string, greeting = "Dear Ms. Lee,"): string =>
  `${greeting}\n\n${body}\n\nI am sorry that your order arrived late. We have refunded the delivery charge.\n\nKind regards,\nAnna Berg\nCustomer Care, Northwind`;

/** Applies the first fix of every finding of the rule, then re-analyzes. */
function fixedText(text: string): string {
  let out = text;
  for (const f of findingsOf(text, CODE).reverse()) if (f.fixes[0]) out = applyFix(out, f.fixes[0]);
  return out;
}

describe("casual-tone", () => {
  it("flags slang, emoji, repeated exclamation marks and shouting on the exact characters", () => {
    const text = letter("Oops, my bad 😬 We lost your parcel AND your receipt!! No worries tho, gonna fix it lol.");
    expect(flagged(text, CODE)).toEqual(["Oops", "my bad", "😬", "AND", "!!", "No worries", "tho", "gonna", "lol"]);
  });

  it("flags mild swearing, and its fix reads as a letter", () => {
    const text = letter("It's been a hell of a week at the bloody depot.");
    expect(flagged(text, CODE)).toEqual(["hell of a", "bloody"]);
    expect(fixedText(text)).toContain("It's been a very difficult week at the depot.");
  });

  it("flags slang the spell check leaves to it", () => {
    const text = letter("Ranked matches were completely borked last night.");
    expect(flagged(text, CODE)).toEqual(["borked"]);
    expect(flagged(text, "misspelling")).toEqual([]);
  });

  it("flags a Hey greeting and emoticons", () => {
    expect(flagged(letter("Your order is on its way :) and we are sorry.", "Hey Sam,"), CODE)).toEqual(["Hey", ":)"]);
  });

  it("flags every exclamation mark once the letter has more than two", () => {
    expect(flagged(letter("We are so sorry! It will not happen again! Thanks for your patience!"), CODE)).toEqual(["!", "!", "!"]);
    expect(flagged(letter("We are so sorry! Thanks for your patience!"), CODE)).toEqual([]);
  });

  it("does not flag quoted customer words, block quotes or single-quoted words", () => {
    const text = letter('You wrote "my bad experience lol, NEVER AGAIN!!" and I understand.\n\n> oops, this is GARBAGE 😡\n\nYou called it \'a total joke tho\'.');
    expect(flagged(text, CODE)).toEqual([]);
  });

  it("does not take acronyms, a capitalised letterhead or the signature for shouting", () => {
    const text = "NORTHWIND HOME SUPPLIES\n12 High Street\n\nDear Ms. Lee,\n\nYour SKU and the UK VAT invoice are attached; the FAQ and PDF explain the rest.\n\nKind regards,\nANNA BERG\nNORTHWIND";
    expect(flagged(text, CODE)).toEqual([]);
  });

  it("leaves capitals inside a template slot to unfilled-placeholder, but flags them outside one", () => {
    const text = letter("Your reference is CS-[TICKET NUMBER] and your credit of {{REFUND AMOUNT}} goes to <CUSTOMER NAME>. We will NEVER do this AGAIN.");
    expect(flagged(text, CODE)).toEqual(["NEVER", "AGAIN"]);
    expect(flagged(letter("Please read this [IMPORTANT] notice."), CODE)).toEqual(["IMPORTANT"]);
  });

  it("does not flag ordinary words that contain slang letters", () => {
    expect(flagged(letter("Though the parcel was heavy, the courier's utmost care helped; those lollipops arrived intact."), CODE)).toEqual([]);
  });

  it("fixes the tone with courteous wording that is no longer flagged and adds no error", () => {
    const text = letter("Oops, looks like we sent the wrong size 😅 Our mistake!! No worries tho, we're gonna send the right one NOW.", "Hey there!!");
    const fixed = fixedText(text);
    expect(fixed).toBe(letter("Looks like we sent the wrong size. Our mistake. Please don't worry though, we're going to send the right one now.", "Dear Valued Customer,"));
    expect(findingsOf(fixed, CODE)).toEqual([]);
    expect(newErrors(analyzeText(text), analyzeText(fixed))).toEqual([]);
  });

  it("removes a trailing interjection with the space before it", () => {
    const text = letter("It has been crazy busy here lol.");
    expect(fixedText(text)).toBe(letter("It has been very busy here."));
  });

  it("ignores words the user accepted", () => {
    const text = letter("Thank you for shopping at FRESHWAY.");
    expect(flagged(text, CODE)).toEqual(["FRESHWAY"]);
    const accepted = analyze(text, { format: "plaintext", config: { rules: {}, maxWords: 400, signature: {}, vocabulary: { accept: ["Freshway"], jargon: [], elements: {} } } });
    expect(accepted.findings.filter((f) => f.code === CODE)).toEqual([]);
  });
});
