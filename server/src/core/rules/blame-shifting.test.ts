import { describe, expect, it } from "vitest";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "blame-shifting";
const letter = (body: string): string => `Dear Ms. Rivera,\n\n${body}\n\nKind regards,\nSam Lee\nCustomer Care\n`;

describe("blame-shifting", () => {
  it.each([
    ["Your parcel was delayed due to severe weather beyond our control. We are sorry for the late delivery.", "due to severe weather beyond our control"],
    ["We are sorry. Due to circumstances outside of our control, your flight was cancelled.", "Due to circumstances outside of our control"],
    ["We are sorry your order arrived late. Unfortunately the courier lost your parcel.", "Unfortunately the courier lost your parcel"],
    ["We are sorry for the late delivery. This was not our fault.", "This was not our fault"],
    ["Sorry about the delay! It was the carrier's fault, not ours.", "It was the carrier's fault, not ours"],
    ["We are sorry for the delay. We are not responsible for delays caused by the carrier.", "We are not responsible for delays caused by the carrier"],
    ["We are sorry the parcel went astray. As stated in our terms, it is your responsibility to check the address.", "As stated in our terms, it is your responsibility to check the address"],
    ["We are sorry the parcel went astray. You should have contacted us within 14 days.", "You should have contacted us within 14 days"],
    ["I'm sorry your bill was wrong. Had you read the terms, you would have known about the fee.", "Had you read the terms, you would have known about the fee"],
    ["We are sorry for the faulty kettle. The manufacturer had a production problem with this batch.", "The manufacturer had a production problem with this batch"],
    ["We are sorry for the late reply. We have been experiencing high call volumes.", "We have been experiencing high call volumes"],
    ["We are sorry for the late delivery. It arrived late because our delivery partner was short-staffed.", "because our delivery partner was short-staffed"],
    ["The delay was caused by a glitch in our system. We are sorry.", "The delay was caused by a glitch in our system"],
    ["We are sorry your payment failed. Our third-party payment processor experienced an outage.", "Our third-party payment processor experienced an outage"],
    ["We are sorry. The parcel was damaged in transit by the carrier.", "The parcel was damaged in transit by the carrier"],
    ["We are sorry for the delay. We're experiencing unprecedented demand.", "We're experiencing unprecedented demand"],
    // The failure placed at a third party's door, and breach notices that clear the company.
    ["We are writing to tell you about a data security incident at one of our third-party vendors.", "We are writing to tell you about a data security incident at one of our third-party vendors"],
    ["We are sorry your parcel is late. There was an error by our courier partner on Monday.", "There was an error by our courier partner on Monday"],
    ["Your payment failed. We have since learned of an outage affecting our payment processor.", "We have since learned of an outage affecting our payment processor"],
    ["Your details were exposed in a highly sophisticated cyberattack on our host.", "Your details were exposed in a highly sophisticated cyberattack on our host"],
    ["Someone accessed the order data. Our own systems were not compromised.", "Our own systems were not compromised"],
    ["Acme Stores' own network was never breached, and your card is safe.", "Acme Stores' own network was never breached"],
    ["Due to national supply issues affecting our wholesaler, your prescription was delayed.", "Due to national supply issues affecting our wholesaler"],
    ["We are sorry. The sofa was late because of supply chain disruption at the factory.", "because of supply chain disruption at the factory"],
    // A bare "because" before a third party, as well as "because of".
    ["We are sorry. This happened because our email provider's software copied every address into the To field.", "because our email provider's software copied every address into the To field"],
    ["We are sorry for the wait. The kitchen fell behind because the supplier sent the wrong fish.", "because the supplier sent the wrong fish"],
    ["We are sorry your order is late. It is late because the courier mislaid it at the depot.", "because the courier mislaid it at the depot"],
    // A third party late, or its defect.
    ["We are sorry for the wait. Our fish supplier delivered several hours late.", "Our fish supplier delivered several hours late"],
    ["We are sorry. The courier arrived two days late with your parcel.", "The courier arrived two days late with your parcel"],
    ["We are sorry the charger failed. This is a manufacturer defect.", "This is a manufacturer defect"],
    // Nothing the company could have caught.
    ["We are sorry the charger failed. It was not something our warehouse team would have been able to detect.", "It was not something our warehouse team would have been able to detect"],
    ["We are sorry. A crack like this is not something we could have spotted before dispatch.", "A crack like this is not something we could have spotted before dispatch"],
    ["We are sorry. Sadly, this was not something anyone could have foreseen.", "Sadly, this was not something anyone could have foreseen"],
    // The people or equipment made out to be someone else's.
    ["We are sorry. On Saturdays we rely on staff supplied by an agency.", "On Saturdays we rely on staff supplied by an agency"],
    ["We are sorry. The waiter was not a member of our regular team.", "The waiter was not a member of our regular team"],
    ["We are sorry. The signal failed; it is owned and maintained by Network Rail rather than by us.", "it is owned and maintained by Network Rail rather than by us"],
    ["We are sorry. The lifts are run by the building's landlord, not by the hotel.", "The lifts are run by the building's landlord, not by the hotel"],
    // The company declaring its own action correct.
    ["The blocks were therefore applied correctly under our security procedures.", "The blocks were therefore applied correctly under our security procedures"],
    ["Your card was correctly declined, as the payment looked unusual.", "Your card was correctly declined, as the payment looked unusual"],
    ["We are sorry you were upset. The fee was properly charged under the terms.", "The fee was properly charged under the terms"],
    ["We are sorry your order arrived late. Unfortunately the courier was running behind schedule that week.", "Unfortunately the courier was running behind schedule that week"],
    ["We are sorry your order arrived late. The delay was down to the postal strike.", "The delay was down to the postal strike"],
    ["We are sorry your order arrived late. Our supplier sent us the wrong batch, which is why your order was wrong.", "Our supplier sent us the wrong batch"],
    ["We are sorry your order arrived late. As you will appreciate, the Christmas period is always very busy.", "As you will appreciate, the Christmas period is always very busy"],
    ["We are sorry your order arrived late. The storm on Tuesday meant our vans could not leave the depot.", "The storm on Tuesday meant our vans could not leave the depot"],
    ["We are sorry your order arrived late. The problem lay with the payment processor, not with our shop.", "The problem lay with the payment processor, not with our shop"],
    ["We are sorry your order arrived late. Regrettably, this was a technical fault with the booking platform.", "Regrettably, this was a technical fault with the booking platform"],
    ["We are sorry your order arrived late. Our system automatically cancelled the order when the card check failed.", "Our system automatically cancelled the order when the card check failed"],
    ["We are sorry your order arrived late. Had you contacted us sooner, we could have stopped the parcel.", "Had you contacted us sooner, we could have stopped the parcel"],
    ["We are sorry your order arrived late. Your bank declined the payment, so the booking was released.", "Your bank declined the payment"],
    ["We are sorry your order arrived late. The item was marked as fragile by the manufacturer, not by us.", "The item was marked as fragile by the manufacturer, not by us"],
    ["We are sorry your order arrived late. These things happen in busy periods, I'm afraid.", "These things happen in busy periods, I'm afraid"],
    ["We are sorry your order arrived late. The airline changed its schedule at short notice and we had no choice.", "The airline changed its schedule at short notice and we had no choice"],
    ["We are sorry your order arrived late. This was caused by an error at the bank's end.", "This was caused by an error at the bank's end"],
    ["We are sorry your order arrived late. Our courier partner has been experiencing significant delays nationwide.", "Our courier partner has been experiencing significant delays nationwide"],
    ["We are sorry your order arrived late. We cannot control how an individual seller chooses to contact you.", "We cannot control how an individual seller chooses to contact you"],
    ["We are sorry your order arrived late. Processing times depend on the volume of applications we receive.", "Processing times depend on the volume of applications we receive"],
    ["We are sorry your order arrived late. A vulnerability in a third-party payment plug-in allowed card details to be captured.", "A vulnerability in a third-party payment plug-in allowed card details to be captured"],
    ["We are sorry your order arrived late. As set out in the user manual, the kettle should be descaled every month.", "As set out in the user manual, the kettle should be descaled every month"],
    ["We are sorry your order arrived late. The adjuster's caseload increased significantly following the regional flooding.", "The adjuster's caseload increased significantly following the regional flooding"],
    ["We are sorry your order arrived late. The stairway was much narrower than described on the booking form.", "The stairway was much narrower than described on the booking form"],
    ["We are sorry your order arrived late. Under our terms, damage resulting from undisclosed access problems is not covered.", "Under our terms, damage resulting from undisclosed access problems is not covered"],
    ["We are sorry your order arrived late. Their system then released the booking automatically.", "Their system then released the booking automatically"],
    ["We are sorry your order arrived late. The pre-authorisation process is managed entirely by the payment provider.", "The pre-authorisation process is managed entirely by the payment provider"],
    ["We are sorry your order arrived late. I checked and it was the system that flagged your account automatically.", "I checked and it was the system that flagged your account automatically"],
    ["We are sorry your order arrived late. Emails can take ten days to stop. This is a limitation of the platform.", "This is a limitation of the platform"],
    ["We are sorry your order arrived late. Our evening service was held up by a signalling fault at the control centre.", "Our evening service was held up by a signalling fault at the control centre"],
    ["We are sorry your order arrived late. Thursday's delay was due to a freight train that had broken down on the line.", "Thursday's delay was due to a freight train that had broken down on the line"],
    ["We are sorry your order arrived late. Your train was delayed by a member of the public on the tracks.", "Your train was delayed by a member of the public on the tracks"],
    ["We are sorry your order arrived late. This was caused by a processing error in our payment system during a scheduled update.", "This was caused by a processing error in our payment system during a scheduled update"],
    ["We are sorry your order arrived late. The interruption was caused when a contractor working for the highways authority struck a water main.", "The interruption was caused when a contractor working for the highways authority struck a water main"],
  ])("flags the excuse clause in %j", (body, excuse) => {
    expect(flagged(letter(body), CODE)).toEqual([excuse]);
  });

  it.each([
    // The company owns the mistake while naming a cause: explanation, not excuse.
    "We should have checked the address, and we didn't.",
    "Our courier was late because we gave them the wrong address.",
    "The storm was no excuse: we should have called you.",
    "We chose the courier, so the delay is ours to answer for.",
    "Our supplier's tests missed the fault, but we should have run our own drop test. I take full responsibility.",
    "The booking system released your reservation, and our staff did not check. This was our mistake.",
    "Although the storm was beyond our control, we should have told you sooner.",
    "We were extremely busy that day, but I take full responsibility for the wait.",
    // Blame rejected, the customer cleared, or a third party merely mentioned.
    "We are sorry for the outage. The outage was not caused by the weather or by our hosting provider.",
    "This was not your fault, and you are not responsible for the charge.",
    "A courier will collect the parcel on Monday. You should have received a confirmation email.",
    "Your refund has been sent. Your bank may take three to five days to show the refund.",
    "We are sorry your order is late. Our courier partner will deliver it tomorrow.",
    // A breach the company owns, its own systems named as the ones that failed, or a third party doing the remedy.
    "An attacker broke into our own systems because we had not patched them. This was our failure.",
    "Our systems were compromised on 3 March, and your address was among the data taken.",
    "We have ended our contract with the vendor and moved to a platform that encrypts your data.",
    "Your refund will be handled by our payment processor within five days.",
    // A fault with the company's own equipment stated as the cause: not blamed on anyone.
    "Your sailing was cancelled because of a technical fault with the vessel's car ramp. We are sorry to disrupt your plans.",
    "The page failed because of a technical problem in our checkout. We are sorry.",
    // "because" before the writer's own doing, a third party on time, an error the company made, a negated "correctly".
    "We are sorry. It happened because we did not check the courier's label.",
    "We are sorry for the delay. Our courier delivered the replacement this morning.",
    "We are sorry. The charge was not applied correctly, and we have refunded it.",
    "We are sorry. Our agency staff are trained by our own managers.",
    // Sympathy about a storm the customer suffered.
    "I was sorry to hear about the damage the storms caused to your roof.",
  ])("does not flag %j", (body) => {
    expect(flagged(letter(body), CODE)).toEqual([]);
  });

  it.each([
    ["Your parcel was delayed due to severe weather beyond our control. We are sorry for the late delivery.", "Your parcel was delayed. We are sorry for the late delivery."],
    ["We are sorry. Due to circumstances outside of our control, your flight was cancelled.", "We are sorry. Your flight was cancelled."],
    ["We are sorry for the delay, which was caused by our courier.", "We are sorry for the delay."],
    ["We are sorry your order arrived late. Unfortunately the courier lost your parcel. A new one is on its way.", "We are sorry your order arrived late. A new one is on its way."],
    ["We are sorry for the late delivery. This was not our fault.", "We are sorry for the late delivery. This was our mistake."],
  ])("fixes %j by removing the excuse or owning it", (body, fixedBody) => {
    const text = letter(body);
    const [finding] = findingsOf(text, CODE);
    const fix = finding!.fixes[0]!;
    expect(fix.safe).toBe(false);
    const fixed = applyFix(text, fix);
    expect(fixed).toBe(letter(fixedBody));
    const after = analyzeText(fixed);
    expect(after.findings.filter((f) => f.code === CODE)).toEqual([]);
    expect(newErrors(analyzeText(text), after)).toEqual([]);
  });
});
