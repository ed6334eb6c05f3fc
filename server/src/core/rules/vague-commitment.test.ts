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
  ])("flags the vague promise in %j", (body, phrase) => {
    expect(flagged(letter(body), CODE)).toEqual([phrase]);
  });

  it.each([
    "We are reviewing our shipping processes to ensure timely deliveries in the future.",
    "We have retrained our packing staff so this won't happen again.",
    // A vague line does not make the letter vague when another sentence names a measure.
    "We will try to do better. We have added a second check on every parcel before it leaves our warehouse.",
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
