import { describe, expect, it } from "vitest";
import { findingsOf, flagged } from "./test-helpers";

const CODE = "late-apology";
const letter = (body: string): string => `Dear Ms. Rivera,\n\n${body}\n\nKind regards,\nSam Lee\nCustomer Care\n`;

describe("late-apology", () => {
  it.each([
    ["I'm sorry it has taken us six weeks to reply to your letter.", "taken us six weeks to reply"],
    ["So sorry its taken us nearly two months to get back to you.", "taken us nearly two months to get back"],
    ["Please forgive the three-week delay in responding to your email.", "three-week delay in responding"],
    ["This letter comes more than a month after your visit, and I am sorry for that.", "comes more than a month after"],
    ["We are only now replying, six weeks after you wrote to us.", "We are only now replying, six weeks after"],
    ["I apologise for the delay in responding to your complaint from last month.", "delay in responding to your complaint from last month"],
    ["It has been two months since you first contacted us.", "It has been two months since you first contacted us"],
    ["We should have replied weeks ago.", "should have replied weeks ago"],
  ])("flags the admission in %j", (body, phrase) => {
    expect(flagged(letter(body), CODE)).toEqual([phrase]);
  });

  it.each([
    // Days are an ordinary wait.
    "I'm sorry it took us two days to reply.",
    "I apologise for the delay in responding to your email from Monday.",
    // Weeks that describe the offense, not the lateness of the reply.
    "Your parcel was delayed by two weeks.",
    "You waited three weeks for your refund, which is far too long.",
    "It has taken us three weeks to process your refund.",
    "Your claim took seven weeks to reach a decision.",
  ])("does not flag %j", (body) => {
    expect(flagged(letter(body), CODE)).toEqual([]);
  });

  it("reports information without a fix", () => {
    const [finding] = findingsOf(letter("It has taken us nine weeks to reply."), CODE);
    expect(finding!.severity).toBe("information");
    expect(finding!.fixes).toEqual([]);
  });
});
