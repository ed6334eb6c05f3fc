import { describe, expect, it } from "vitest";
import { countWords } from "./words";

describe("countWords", () => {
  it("counts words as a reader would", () => {
    expect(countWords("I am truly sorry that your sofa arrived three weeks late.")).toBe(11);
    expect(countWords("")).toBe(0);
    expect(countWords("  \n\t ")).toBe(0);
  });

  it("keeps contractions, abbreviations, hyphenated words and decimals whole", () => {
    expect(countWords("We don\u2019t, e.g. the well-known $19.99 kettle, it's 3.5 stars")).toBe(10);
  });

  it("counts a time, a grouped number or a ratio as one word", () => {
    expect(countWords("at 2:40 p.m. we refunded €1,260 for 24/7 support")).toBe(9);
  });

  it("does not join words around a comma, a slash or a dash with spaces", () => {
    expect(countWords("refund, voucher/credit \u2014 and apology")).toBe(5);
  });

  it("does not count punctuation, emoji or blanked syntax", () => {
    expect(countWords("Sorry!! 😬 \u2014 ... * [ ] #")).toBe(1);
  });

  it("counts letters of any script", () => {
    expect(countWords("Dear Ms. Björklund, Inês Carvalho, 東京")).toBe(6);
  });
});
