import { describe, expect, it } from "vitest";
import { findingsOf, flagged } from "./test-helpers";

const CODE = "late-apology";
const letter = (body: string): string => `Dear Ms. Rivera,\n\n${body}\n\nKind regards,\nSam Lee\nCustomer Care\n`;

describe("late-apology", () => {
  it.each([
    ["I'm sorry it has taken us six weeks to reply to your letter.", "taken us six weeks to reply"],
    ["Your letter reached me on 4 September, and it is now almost six weeks later.", "it is now almost six weeks later"],
    ["I am also writing very late: your complaint reached us in February and it is now the end of March, nearly two months on.", "writing very late: your complaint reached us in February and it is now the end of March, nearly two months"],
    ["Your email of 3 April has sat unanswered for seven weeks, and I'm sorry.", "sat unanswered for seven weeks"],
    ["It has taken us more than a month to give you a proper answer.", "taken us more than a month to give you a proper answer"],
    ["I am sorry. A month is far too long to leave a customer without a reply.", "A month is far too long to leave a customer without"],
    ["So sorry its taken us nearly two months to get back to you.", "taken us nearly two months to get back"],
    ["Please forgive the three-week delay in responding to your email.", "three-week delay in responding"],
    ["This letter comes more than a month after your visit, and I am sorry for that.", "comes more than a month after"],
    ["We are only now replying, six weeks after you wrote to us.", "We are only now replying, six weeks after"],
    ["I apologise for the delay in responding to your complaint from last month.", "delay in responding to your complaint from last month"],
    ["It has been two months since you first contacted us.", "It has been two months since you first contacted us"],
    ["We should have replied weeks ago.", "should have replied weeks ago"],
    // The lateness told as "weeks later" beside the reply.
    ["You wrote to us on 3 February. It is now 18 March, more than six weeks later, and you should not have waited this long for a reply.", "more than six weeks later, and you should not have waited this long for a reply"],
    ["Two months later, we still had not sent you a response.", "Two months later, we still had not sent you a response"],
    ["This reply comes three weeks later than it should have.", "This reply comes three weeks later"],
    ["I am sorry that I am only replying to your letter now, a month late.", "replying to your letter now, a month late"],
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
    "Your sofa arrived two weeks later than promised, and we are sorry.",
    "Three weeks later the fault came back, and you called us again.",
    "We will send a reply within two days; the engineer will visit a week later.",
  ])("does not flag %j", (body) => {
    expect(flagged(letter(body), CODE)).toEqual([]);
  });

  it("reports information without a fix", () => {
    const [finding] = findingsOf(letter("It has taken us nine weeks to reply."), CODE);
    expect(finding!.severity).toBe("information");
    expect(finding!.fixes).toEqual([]);
  });
});
