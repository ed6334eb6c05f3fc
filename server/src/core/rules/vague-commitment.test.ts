import { describe, expect, it } from "vitest";
import { findingsOf, flagged } from "./test-helpers";

const CODE = "vague-commitment";
const letter = (body: string): string =>
  `Dear Ms. Rivera,\n\nI'm sorry for the late delivery of your order. ${body}\n\nKind regards,\nSam Lee\nCustomer Care\n`;

describe("vague-commitment", () => {
  it.each([
    ["We will try to do better in future.", "try to do better"],
    ["We are committed to improving our delivery service.", "committed to improving our delivery service"],
    ["We will do our best to make sure this does not happen again.", "do our best to make sure"],
    ["We will learn from this and make sure it never happens again.", "learn from this"],
    ["We will strive to be more careful going forward.", "strive to be more careful"],
    ["We are always looking for ways to improve.", "always looking for ways to improve"],
    ["We will make sure this doesn't happen again.", "make sure this doesn't happen again"],
    // "Be more careful" with a degree word.
    ["We'll be way more careful with this stuff going forward!", "be way more careful"],
    ["We will be much more vigilant in future.", "be much more vigilant"],
    ["Our team will be a lot more careful from now on.", "be a lot more careful"],
    // "Committed to making sure", and other words for the same mishap happening again.
    ["We are committed to making sure that a situation like this does not occur again.", "committed to making sure"],
    ["We will make sure this problem does not recur again.", "make sure this problem does not recur again"],
    ["We will ensure that the same mistake does not happen again.", "ensure that the same mistake does not happen again"],
    // A promise in words of its own: the promise itself is the range.
    ["We are going to make our systems more robust.", "make our systems more robust"],
    ["And we're putting more measures in place to ensure the reliability of our service.", "putting more measures in place"],
  ])("flags the vague promise in %j", (body, phrase) => {
    expect(flagged(letter(body), CODE)).toEqual([phrase]);
  });

  it.each([
    "We are reviewing our shipping processes to ensure timely deliveries in the future.",
    "We have retrained our packing staff so this won't happen again.",
    // A vague line does not make the letter vague when another sentence names a measure.
    "We will try to do better. We have added a second check on every parcel before it leaves our warehouse.",
    // A named measure beside the same words.
    "We have added a second check at the warehouse to make sure nothing like this happens again.",
    "We are committed to making sure this does not happen again, and we have retrained our packing staff.",
    // No promise of change at all: missing-change, not this rule.
    "We hope to see you again soon.",
  ])("does not flag %j", (body) => {
    expect(flagged(letter(body), CODE)).toEqual([]);
  });

  it("reports information without a fix", () => {
    const [finding] = findingsOf(letter("We will try to do better in future."), CODE);
    expect(finding!.severity).toBe("information");
    expect(finding!.fixes).toEqual([]);
  });
});
