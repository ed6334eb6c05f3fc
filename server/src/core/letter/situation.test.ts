import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { letterAround } from "../elements/test-helpers";

const situationOf = (body: string): string => analyze(letterAround(body), { format: "plaintext" }).situation;

describe("classifySituation", () => {
  it.each([
    ["Your sofa arrived three weeks late, after the date we promised. We are sorry.", "late-delivery"],
    ["The kettle stopped working after two days; the heating element was faulty.", "product-defect"],
    ["On 4 May we charged your card twice for the same transfer fee. I have refunded the duplicate.", "billing-error"],
    ["You ordered the green kettle, but we sent you the wrong colour.", "wrong-item"],
    ["Our website went down on Tuesday and you could not log in for six hours.", "outage"],
    ["An unauthorised party accessed our booking system, and your card details were exposed.", "data-breach"],
    ["Your statements were sent to your previous address, where a stranger opened them.", "privacy"],
    ["The dish contained nuts although you told your server about your allergy.", "safety"],
    ["Your flight to Denver was cancelled, and we have rebooked you on the next one.", "cancellation"],
    ["The email telling you that you had been admitted was sent in error.", "communication"],
    ["You waited over an hour at our counter, and our staff member was rude to you.", "poor-service"],
    ["Your original birth certificate was misplaced by our office.", "other"],
  ])("%j is %s", (body, situation) => {
    expect(situationOf(body)).toBe(situation);
  });

  it("does not let the remedy decide: a refund of the delivery fee does not make it a billing error", () => {
    expect(situationOf("The wrong size arrived. We have refunded the delivery fee and waived the return charge.")).toBe("wrong-item");
  });

  it("is other when the letter gives no hint", () => {
    expect(situationOf("Thank you for your letter. We are sorry.")).toBe("other");
  });
});
