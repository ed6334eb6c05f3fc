import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { ELEMENT_SENTENCES } from "../fixes/element-sentences";
import { SITUATIONS } from "../types";
import { commitsToChange, namesConcreteMeasure } from "./change";
import { evidenceOf } from "./test-helpers";

/** Commitments that name the measure: a review, check, training, process change, tool or schedule. */
const CONCRETE = [
  "Additionally, we are reviewing our shipping processes to ensure this does not happen again.",
  "We are also reinforcing our quality checks to prevent such situations in the future.",
  "We are also implementing additional checks to ensure that such errors are minimized in the future.",
  "We have since added a daily check that flags any order which has been packed but not assigned to a route.",
  "We are reviewing how our teams communicate with customers.",
  "Our billing office is also reviewing the way visit codes are checked before claims are sent to insurers.",
  "Our kitchen team has gone through how orders are checked before they leave.",
  "We've also added a second barcode scan at our packing stations.",
  "We have introduced a weekly belt-tension check on all running machines.",
  "All front-desk staff will complete guest-service training by the end of this month.",
  "All duty managers have been retrained.",
  "Our support team has been instructed to read the whole of a customer's message before replying.",
  "Our drivers have also been reminded to wait while customers inspect large items.",
  "We have retrained our warehouse staff on packing fragile items.",
  "We're rolling out refresher training for all call-centre staff next month.",
  "We have deployed additional monitoring tooling across all environments.",
  "A post-incident review has been completed and its action items are tracked in our risk register.",
  "An independent security firm will audit our systems in August.",
  "Every migration now runs against a full-size staging copy before it reaches production.",
  "Purchases flagged by the filter are now held for a member of our team to check before any cancellation.",
  "Balcony inspections are now monthly instead of quarterly.",
  "Every leak report now goes to our quality team within 24 hours.",
  "All security updates to our booking system must now be applied within seven days of release.",
  "Every view is logged and checked weekly.",
  "Failover no longer depends on the primary database lock.",
  "From this week a second person checks every bag against its ticket.",
  "From 1 April, unsubscribe requests will be processed directly on our own website.",
  "From September, the store will use an appointment system for SIM swaps.",
  "Since 6 December, every product safety warning is sent directly to all store managers.",
  "Going forward, all orders will be checked twice before dispatch.",
  "We have changed our booking system so that confirmations can only be created from the latest booking.",
  "We've changed how we handle our booking diary so this won't happen again.",
  "We have also fixed the retry rule so that a renewal can no longer be charged twice.",
  "We have changed the assembly fixture so that the cable can no longer be pinched.",
  "We have replaced the failed unit and installed a backup battery system at the exchange.",
  "We have ended our contract with the vendor and no longer share any account data with analytics providers.",
  "We have removed the remaining chargers from the same production batch from sale.",
  "Our IT team has since patched the vulnerability and added two-factor authentication for all staff accounts.",
  "We're updating our website so delivery dates are shown more accurately.",
  "We are committed to reviewing our booking processes.",
  "We will ensure that all staff are aware of the correct procedure.",
  "Our drivers now photograph every parcel on delivery.",
  "We have switched to a new courier for all deliveries in your area.",
  "We have begun a thorough review of our processes.",
  "We are adding more capacity to our network.",
  "We have improved our monitoring and alerting.",
  "We're investing in new equipment to make our network more resilient.",
  "We are making sure our staff know how to handle such requests.",
  // Training under another name.
  "Every member of our front-of-house team will go through a session with our chef next week on handling a dish that is sent back.",
  "All our drivers will attend a workshop on handling fragile parcels.",
  "We are sending our reception staff on a customer-care course in June.",
  "Our pharmacists have completed a refresher module on repeat prescriptions.",
  // A start date that is not a month name alone.
  "Starting with the May 1 processing cycle, deposits that arrive before the nightly cutoff will be posted ahead of card transactions.",
  "Beginning with the next school term, every booking will be confirmed by text.",
  "From the next billing cycle, meter readings submitted online will replace estimates.",
  "Starting next month, all invoices will be checked by a second person.",
  "Effective immediately, a second person signs off every refund over £500.",
  // A change said to apply to every case.
  "The change applies to every checking account at Harbor Federal, not just yours.",
  "These new checks apply to all orders we ship.",
  "We will train all our drivers on the new handover rules.",
  "All our pharmacists have been retrained on strength checks.",
  "Since Monday our packers scan the barcode on every box before sealing it.",
  "From now on, every price-change notice goes out 45 days in advance.",
  "We are already well into an effort to re-evaluate and adjust these testing procedures.",
  "This will include a thorough review of crew movement and our policies for volunteers.",
  "We are committed to working with the regulator to set new safety standards for treadmills.",
  "Every order over £200 now gets a second check before it is dispatched.",
  "We have added a step to our checkout so the delivery date is confirmed by text.",
  "Our drivers now photograph every parcel at the door.",
  "I have asked the kitchen to label every allergen on the ticket from today.",
  "We have rewritten the script our agents use when a customer calls to cancel.",
  "The booking system will now send a reminder 24 hours before each appointment.",
  "We are moving to a new courier for all deliveries in your area from next month.",
  "I've spoken to the team and we are changing how refunds are approved.",
  "Our engineers have put an alert in place that pages them when the site slows down.",
  "We've made it a rule that no account is closed without a manager's sign-off.",
  "All new staff will shadow a senior colleague for their first two weeks.",
  "The form has been redesigned so the date field can no longer be left blank.",
  "We have since stopped using the supplier that packed your order.",
  "Starting this week, a supervisor reviews every complaint within two days.",
  "We are introducing a daily stock count so items shown as available really are.",
  "Starting this weekend, every wedding order is confirmed by phone with the venue.",
  "As of this week, our check-in system will not open an order until the recall check is done.",
  "The old cable section is being replaced, starting in February.",
  "The fitting station now has a sensor that stops the line if a screw is missing.",
  "We have moved the two colours to separate aisles.",
  "We have deleted the old returns guide from our help pages.",
  "Every agent on our returns team went through the current policy with their team lead last week.",
  "We are also going to setup processes and channels for telling users when we have problems.",
  "Our studio head has signed off on doubling login server capacity before the next event.",
  "We are running a full load test with volunteers in February.",
  "Since this week, the night receptionist must call me before leaving the desk.",
  "As soon as we can, we will publish a full postmortem of the outage.",
  "We have also started scanning every item against the order at the packing bench.",
];

/** Promises that count as change but name no measure (the vague-commitment kind). */
const VAGUE = [
  "We're committed to improving our customer care, so your feedback is invaluable.",
  "We are committed to improving our communication processes to prevent this in the future.",
  "We know we gotta do better and we will, promise.",
  "We are committed to doing better, and we will take lessons from this so that it does not happen again.",
  "We will try to be more careful in future.",
  "We are always looking for ways to improve, and we will try to do better in future.",
  "We will strive to do better going forward.",
  "We will do our best to make sure that our app is as reliable as possible in future.",
  "Going forward, we will endeavour to keep residents better informed wherever possible.",
  "We will make sure this never happens again.",
  "We hope this won't happen again.",
  "We have learned from this.",
  "We are also making changes so that this does not happen to another passenger.",
  "We will take steps to ensure errors are minimised.",
  "Your feedback will be used to improve our service.",
  // The subject carries the negation.
  "We're working hard to make sure nothing like this happens to you again.",
  "We will make sure no one else goes through what you did.",
  "We are determined to ensure that nobody has to go through this again.",
  "I want to guarantee that no other customer experiences this.",
  "We are going to make our systems more robust.",
  "We are putting more measures in place to ensure the reliability of our service.",
  "We are doing everything we can to make Maps better.",
  "We are going to get it right.",
  "We’ll be working through the weekend to make sure we’re not caught off-guard again.",
  "We are constantly reviewing our operations to minimise disruption for our customers.",
  "Please be assured that your feedback has been passed on, and we will use it to improve the service we offer.",
  "When failures occur we learn a great deal and apply that knowledge to improve the reliability of our infrastructure.",
  "We are constantly working to improve our services.",
  "We are gonna try to do better with the finals next season!!",
];

/** Sentences that are not the company's commitment to prevent a repeat. */
const NOT_CHANGE = [
  // Advice to the customer.
  "In future, please ensure you keep your receipt.",
  "To avoid this in future, we recommend that you update the app.",
  // Pleasantries, feedback passed on, slogans.
  "Thank you again for shopping with us, and we look forward to serving you in the future.",
  "Your feedback has been passed on to the relevant team.",
  "Please be assured that we take all feedback seriously.",
  "We take our responsibilities for member safety very seriously.",
  // A check on this customer's own account.
  "We will also review your account to confirm that none of your earlier bills were affected.",
  "I have also confirmed that no other fees were affected.",
  "We have added a $100 credit to your account.",
  "Your record now shows only your own email address.",
  // Past-tense descriptions of the failure.
  "When we updated our system last week, your order was lost.",
  "Our final inspection missed this fault.",
  "We did not follow our usual process.",
  "We introduced a new process last month, which caused the delay.",
  "Our records show the parcel was scanned daily.",
  "We had changed our courier that week, which caused the delay.",
  "Our team was doing its best to serve everyone quickly.",
  // States, not rules; dates that are not start dates; negated changes.
  "The site is now working normally for all customers.",
  "Your refund is now on its way.",
  "It has taken us nine weeks to reply, and we are now in a position to respond.",
  "Now that we have the photos, we can process your claim.",
  "Thank you for your email from 3 May.",
  "From 1 April our prices will rise by 3%.",
  "We will not be changing our delivery policy.",
  "Unfortunately we no longer stock this item.",
  "The incorrect certificate has been cancelled, so it cannot be used by anyone else.",
  "We are reviewing your complaint and will respond within 10 days.",
  "We are looking into what happened and will get back to you.",
  "We will carry out a review of your account.",
  "The manager has spoken to the staff involved.",
  // Near misses of the phenomena above.
  "You can attend a free workshop at any of our stores.",
  "We have gone through the course of events in detail.",
  "Starting with the May 1 cycle, your plan price will increase.",
  "Beginning on Monday, you will receive your new card.",
  "Our 48-hour rule applies to all customers.",
  "The late fee applies to every account.",
  "Our train crew were waiting for instructions from the signaller.",
  "The train staff on board did their best to keep you informed.",
  "Nothing like this had happened to you before, you told us.",
  "Since Monday we have been looking into every part of your complaint.",
  "From 1 April, prices will rise by 3% on all plans.",
  "We’re working hard to fix this problem right now and expect everything back to normal shortly.",
  "Our hosting provider is investigating why this happened so it doesn’t happen again.",
  "We will do our very best to restore your confidence in us.",
  "A detailed review of what happened is under way.",
  "We are looking into your complaint and will reply within five days.",
  "Your account now shows the correct balance.",
  "Please make sure you check the dates before booking in future.",
  "We have updated your address in our records.",
  "Our team is now working on your replacement.",
  "We value your feedback.",
  "We hope you will shop with us again soon.",
  "We are investigating what went wrong with your order.",
  "Your account has now been updated with the correct address.",
  "We have fixed the problem on your account.",
  "The engineer has now repaired your boiler.",
  "Please check your order confirmation carefully in future.",
  "Our store opening hours will change from 1 March.",
  "We are reviewing your complaint and will respond shortly.",
  "We take customer service very seriously.",
  "We will keep you updated on the progress of your claim.",
  "Our team is now looking at your case.",
  "Customer satisfaction is our top priority.",
  "We have escalated your complaint to a manager.",
  "Everything is back up and stable now, and the team is still around if you need us.",
  "We cannot reimburse the independent contractor you engaged before our inspection.",
  "An inspection was completed on 14 August, and the file is now with our estimating unit.",
  "I have gone through each of these customers by hand and refunded the duplicate payments.",
  "We have double the usual number of staff in our call centres this weekend.",
  "Nordby has assured us that they have added a moisture test for every batch.",
  "I have made a note on your account so that anyone who picks up your next call will not have to ask you everything again.",
  "Every year we are reminded of the hope and resilience of the running community.",
  "The duplicate payment has now been refunded to your account.",
];

describe("change", () => {
  it.each(CONCRETE)("counts a concrete measure: %s", (sentence) => {
    expect(evidenceOf("change", sentence)).toEqual([sentence]);
    expect(namesConcreteMeasure(sentence)).toBe(true);
  });

  it.each(VAGUE)("counts a vague promise, naming no measure: %s", (sentence) => {
    expect(evidenceOf("change", sentence)).toEqual([sentence]);
    expect(namesConcreteMeasure(sentence)).toBe(false);
  });

  it.each(NOT_CHANGE)("does not count: %s", (sentence) => {
    expect(evidenceOf("change", sentence)).toEqual([]);
  });

  it("ignores a tagline after the signature", () => {
    const text =
      "Dear Mr. Haddock,\n\nWe have refunded the full cost of your ticket.\n\nYours sincerely,\n\nAnjali Nair\nCustomer Relations\n\n" +
      "Westmere Railways - Committed to getting you there, every time.\n";
    expect(analyze(text, { format: "plaintext" }).elements.change.present).toBe(false);
  });

  it("finds the measure beside a vague sentence in the same letter", () => {
    const body =
      "We are also making changes so that this does not happen to another passenger. " +
      "From 1 October, every bag transferred in Amsterdam is scanned at the aircraft door.";
    const evidence = evidenceOf("change", body);
    expect(evidence).toHaveLength(2);
    expect(evidence.map(namesConcreteMeasure)).toEqual([false, true]);
  });

  it("recognises every commitment the missing-change fix can insert as concrete", () => {
    for (const situation of SITUATIONS) {
      for (const sentence of ELEMENT_SENTENCES.change({ offense: "the late delivery of your order", concrete: true, situation })) {
        expect(commitsToChange(sentence), sentence).toBe(true);
        expect(namesConcreteMeasure(sentence), sentence).toBe(true);
      }
    }
  });
});
