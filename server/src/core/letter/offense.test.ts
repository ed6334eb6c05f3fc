import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { letterAround } from "../elements/test-helpers";

/** The offense phrase of a letter with this body, and the text its span covers. */
function offenseOf(body: string): { text: string; named?: string } {
  const letter = letterAround(body);
  const { offense } = analyze(letter, { format: "plaintext" });
  return offense.span ? { text: offense.text, named: letter.slice(offense.span.start, offense.span.end) } : { text: offense.text };
}

describe("findOffense", () => {
  it.each([
    // What the apology is for.
    ["I sincerely apologize for the late delivery of your order.", "the late delivery of your order", "the late delivery of your order"],
    ["I take full responsibility for the lack of clarity in our correspondence.", "the lack of clarity in our correspondence", "the lack of clarity in our correspondence"],
    ["We are sorry for the incorrect charge on your account, which we have reversed.", "the incorrect charge on your account", "the incorrect charge on your account"],
    // The company's own wrong act, turned into a gerund.
    ["On 4 May we charged your card twice for the same transfer fee.", "the mistake of charging your card twice for the same transfer fee", "charged your card twice for the same transfer fee"],
    ["I am so sorry we sent you the wrong size.", "the mistake of sending you the wrong size", "sent you the wrong size"],
    ["Our team mistakenly cancelled your booking, and I am sorry.", "the mistake of cancelling your booking", "mistakenly cancelled your booking"],
    ["Looks like we charged you twice for your October membership 🙈 so sorry!", "the mistake of charging you twice for your October membership", "charged you twice for your October membership 🙈"],
    // A concrete offense noun, made definite.
    ["That delay was our fault.", "the delay", "That delay"],
    // Verbs, articles and prepositions are not part of the noun phrase.
    ["That is an assembly fault from our line in Leicester.", "the assembly fault from our line in Leicester", "an assembly fault from our line in Leicester"],
    ["We have asked the board to confirm that the delay was our error.", "the delay", "the delay"],
    ["Our app was unavailable because of an outage on 14 March.", "the outage on 14 March", "an outage on 14 March"],
    ["Thank you for contacting us about the loss of your broadband service on Wednesday, 12 June.", "the loss of your broadband service on Wednesday", "the loss of your broadband service on Wednesday"],
  ])("%j → %j", (body, text, named) => {
    expect(offenseOf(body)).toEqual({ text, named });
  });

  it("skips a generic apology object and finds the concrete offense elsewhere", () => {
    expect(offenseOf("We apologise for the inconvenience. The parcel arrived three weeks late, after the delay at our depot.")).toEqual({
      text: "the delay at our depot",
      named: "the delay at our depot",
    });
  });

  it("falls back to the situation's default, with no span, when nothing concrete is named", () => {
    expect(offenseOf("We apologize for any inconvenience with your delivery. Your parcel tracking details are below.")).toEqual({
      text: "the late delivery of your order",
    });
    expect(offenseOf("We are sorry about the problem with your last bill; our billing team has now corrected it.")).toEqual({ text: "the billing error on your account" });
  });

  it("gives defaults that the acknowledge detector counts, so a fix that inserts one acknowledges the offense", () => {
    for (const body of ["We are sorry about the problem with your last bill; our billing team has now corrected it.", "We apologize for the confusion on the day."]) {
      const { text } = offenseOf(body);
      const fixed = analyze(letterAround(`I want to acknowledge ${text}.`), { format: "plaintext" });
      expect(fixed.elements.acknowledge.present, text).toBe(true);
    }
  });
});
