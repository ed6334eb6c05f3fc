import { describe, expect, it } from "vitest";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "generic-apology";
const letter = (body: string): string => `Dear Ms. Rivera,\n\n${body}\n\nKind regards,\nSam Lee\nCustomer Care\n`;

describe("generic-apology", () => {
  it.each([
    ["We apologize for any inconvenience this may have caused. Thank you for your patience.", "any inconvenience this may have caused"],
    ["We are sorry for the problems you experienced with your order. We value your business.", "the problems you experienced with your order"],
    ["I'm sorry about what happened with your booking. It was our mistake.", "what happened with your booking"],
    ["Please accept our apologies for the recent issues with your account.", "the recent issues with your account"],
    ["We apologise for the confusion. A voucher is on its way.", "the confusion"],
    ["I would like to apologise for any inconvenience caused by the confusion you experienced.", "any inconvenience caused by the confusion you experienced"],
  ])("flags the boilerplate in %j", (body, phrase) => {
    expect(flagged(letter(body), CODE)).toEqual([phrase]);
  });

  it.each([
    // A boilerplate line inside a letter that names the offense is not generic.
    "I am sorry for the late delivery of your order. We apologise for any inconvenience this may have caused.",
    "We apologize for the billing error on your March invoice, which charged you twice.",
    // A conditional apology is the conditional-apology rule's finding.
    "I'm sorry if you were upset by any inconvenience.",
    // No apology at all: missing-regret, not this rule.
    "Thank you for your patience with the recent issues.",
  ])("does not flag %j", (body) => {
    expect(flagged(letter(body), CODE)).toEqual([]);
  });

  it.each([
    ["Any issues can be raised with our team. We are sorry.", "We are sorry"],
    ["We got it wrong, plain and simple, and I'm sorry. You deserved better from us.", "I'm sorry"],
    ["The Council apologises. Please call us if you need anything.", "apologises"],
  ])("flags an apology for nothing named in %j, with no filler to swap", (body, phrase) => {
    expect(flagged(letter(body), CODE)).toEqual([phrase]);
    expect(findingsOf(letter(body), CODE)[0]!.fixes).toEqual([]);
  });

  it("offers the situation's offense in place of the boilerplate, which then names it", () => {
    const text = letter("We apologize for any inconvenience with your delivery. Your parcel tracking details are below.");
    const [finding] = findingsOf(text, CODE);
    const fix = finding!.fixes[0]!;
    expect(fix.safe).toBe(false);
    const fixed = applyFix(text, fix);
    expect(fixed).toBe(letter("We apologize for the late delivery of your order. Your parcel tracking details are below."));
    const after = analyzeText(fixed);
    expect(after.elements.acknowledge.present).toBe(true);
    expect(after.findings.filter((f) => f.code === CODE)).toEqual([]);
    expect(newErrors(analyzeText(text), after)).toEqual([]);
  });
});
