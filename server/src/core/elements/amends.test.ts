import { describe, expect, it } from "vitest";
import { ELEMENT_SENTENCES } from "../fixes/element-sentences";
import { SITUATIONS } from "../types";
import { offersAmends } from "./amends";
import { evidenceOf } from "./test-helpers";

/** Concrete remedies, done or offered for this customer: each sentence is its own evidence. */
const REMEDIES = [
  // Money back or off.
  "To make this right, I have refunded the $149 white-glove delivery fee to your Visa card ending 4410.",
  "We've issued a full refund to your original payment method.",
  "I have processed a refund of £25, which should reach your account in 3-5 working days.",
  "The duplicate £4.99 went back to your card this morning.",
  "Your money will be back in your account within 3 days.",
  "We have reversed the $35 fee, and it no longer shows on your statement.",
  "The penalty charge notice has been cancelled and no payment is due.",
  "I have cancelled the late payment fee.",
  "The £89 fast-track fee has been waived.",
  "We have not charged you for the two cars you used during the week.",
  "We have reimbursed all of your receipts, a total of €742.60, to your bank account.",
  "We have paid you a further €500 in compensation for the delay.",
  "A cheque for £50 is enclosed as compensation.",
  "I have also added a $100 credit to your account for your next purchase.",
  "The difference of £285.25 has been credited to your account.",
  "Your next monthly bill will also carry a £20 credit.",
  "We have reduced your bill by £30.",
  "We will honour the original price.",
  "We'll pay for the taxi you took to the airport.",
  "We will cover the cost of the return postage.",
  // Vouchers, discounts, free things.
  "To make it right, I would like to offer you a voucher for 20% off your next purchase.",
  "As a gesture of goodwill, we would like to offer you a discount of XX% on your next rental.",
  "We'd like to offer you 15% off your next order.",
  "To make up for it, we have taken 50% off your November membership fee.",
  "Please accept this $20 gift card as a token of our apology.",
  "Your next order, up to $40, is on us.",
  "Your next two deliveries will be free.",
  "We have also added a year of free delivery to your account.",
  "We are happy to offer you a complimentary night's stay.",
  "We've extended your warranty by a year at no extra cost.",
  "Your Stride Premium subscription has been extended by twelve months at no cost.",
  "As an apology, we've added 1,000 bonus points to your loyalty account.",
  "We're giving every affected customer a month free.",
  "We won't charge you for the repair.",
  "You will not be charged for the month of March.",
  "All affected customers will automatically receive a service credit equal to one day of service.",
  "No worries, we're adding them back plus 500 bonus points as a thank you for your patience.",
  // Goods: replacement, the right item, collection.
  "To make amends, I would like to offer you a replacement at no additional cost.",
  "We will send you a replacement straight away.",
  "A new one is on its way to you.",
  "A brand-new pair was sent to you this morning by next-day courier.",
  "A corrected certificate was posted to you today by registered mail.",
  "We will reship your order by express delivery today.",
  "I have asked our warehouse to dispatch a new pair today by next-day delivery.",
  "I have arranged for the correct bench to be delivered on Friday morning.",
  "A courier will call at your address between 9 a.m. and 1 p.m. this Thursday.",
  "The same driver will collect the red kettle and hand over the green one.",
  "We will collect the faulty washing machine free of charge and install a new one.",
  "A technician will visit on Tuesday to repair the boiler.",
  // A corrected account or booking, faster or personal service.
  "To rectify this, we have corrected the charge and will be issuing a refund.",
  "Using the meter photo you sent us, I have reissued your December bill at £127.35.",
  "You have been rebooked on flight SK 486, departing Denver at 13:40.",
  "Your four tickets have been reinstated in the same seats.",
  "Your lost raid loot is being restored, so check your in-game mailbox by Wednesday.",
  "We've rescheduled your installation for Monday at 9 a.m.",
  "We have placed your account on hold while your insurer reconsiders the claim.",
  "We resubmitted the claim to Harbor Health on your behalf today.",
  "I have booked you a priority appointment at the Elm Street store at 10:00 on Saturday.",
  "Your order has been upgraded to next-day delivery.",
  "The committee will review your application this week rather than at the end of the month.",
  "To make things right, I would love to offer you a personal point of contact for any future issues.",
  "I will be your point of contact until the certificate reaches you.",
  "Sarah, our customer care manager, will be your single point of contact.",
  "Our practice manager, Julia Whitaker, will look after your records from now on.",
  "I have now transferred your file to our senior adjuster, Maria Chen, who will telephone you by Friday.",
  "I have asked Tom Baker, our senior engineer, to call you tomorrow morning.",
  "We have set up a dedicated phone line, staffed by our own pharmacists, on 0800 555 0172.",
  "Whichever you choose, I will handle it personally.",
  "If you'd like a refund instead, just reply to this email and I'll arrange it.",
  "Please return it to us and we will refund you in full.",
  // Hospitality on the house.
  "P.S. I would like to host you both for dinner as our guests, on any evening you choose.",
  "We would love to invite you back as our guests for a weekend in May.",
  "Your next three coffees are on the house.",
  "Please accept the enclosed tasting menu vouchers with our compliments.",
  "Lunch next time is our treat.",
  // A remedy after a refusal of something else.
  "We cannot change the flight, but we will refund the fare in full.",
  "We couldn't repair the old unit, so we have sent you a new one.",
  // Money going back to where it came from.
  "I have processed this for you, and £24.60 will be returned to the card you paid with within five working days.",
  "The £12 has been repaid to your bank account.",
  "The deposit was refunded in full to your card this morning.",
  // Extra service laid on for this customer.
  "A special collection has been booked for your street on Thursday 11 September.",
  "We have arranged an extra visit from our engineer next week.",
  "An additional delivery has been scheduled for Saturday morning.",
  // What the customer lost, given back.
  "Raid loot lost in the crash is being restored automatically, no ticket needed.",
  "Any points lost during the outage have been reinstated.",
  "Missing progress from Saturday will be restored by Monday.",
  "To recognise the delay, we have paid £175 into your bank account.",
  "A pair in size 7 left our warehouse this morning by next-day courier.",
  "We have knocked £20 off your next bill.",
  "I've taken 15% off the price of your stay.",
  "A cheque for £50 is enclosed with this letter.",
  "Enclosed is a £25 gift card for you to use in any of our stores.",
  "Your money is on its way back to you and should arrive within three days.",
  "You will get every penny back by Friday.",
  "I have arranged for a technician to visit you on Thursday morning.",
  "We have booked you onto the 9:40 flight tomorrow at no cost.",
  "We'd like to send you a bottle of wine as a small thank-you for your patience.",
  "We will pay for the dry cleaning of your jacket.",
  "I have asked our courier to collect the faulty unit from your home on Monday.",
  "We've given you three months of premium access free.",
  "I've cancelled the late-payment charge on your account.",
  "We will not charge you for the missed month.",
  "The £40 has already gone back onto your card.",
  "A new set of keys has been cut and will be couriered to you today.",
  "I have personally repacked your order and it will go out today by express post.",
  "Your replacement phone is waiting for you at our Kings Road store.",
  "We have moved your appointment to Tuesday at 10am, the first slot available.",
  "Next time you visit, dinner for two is on the house.",
  "The signed copy left the shop this morning by insured post.",
  "I have asked our privacy lead, Sarah Whitby, to confirm this to you in writing by Friday.",
  "I have arranged for you to see Dr Malhotra on Thursday at 9:15 am.",
  "I will be your contact for anything to do with this referral.",
  "We can offer $250 towards the repair, which we will send by cheque.",
  "It was always my intention to invite anyone affected back to the restaurant as my guest.",
  "No one will be left permanently out of pocket.",
  "We started restoring the lost settings from backups.",
  "Good news: the sage one went out this morning with 2-day shipping.",
  "Everyone who logged in during December gets 1,000 Embers in their mailbox.",
  "The sage green one went in the post this morning with tracking.",
  "I have already returned the full price, 130 euros, to your card.",
  "Next time you visit, the sunset trip is our gift for you both.",
  "1,000 gems have been added to your account.",
];

/** Sentences that mention a remedy without giving one. */
const NOT_REMEDIES = [
  // Vague offers.
  "Let us know if there is anything else we can do.",
  "Please feel free to reach out if you have any further concerns.",
  "If you have any questions, please call me directly on 555-0192.",
  "To restore your trust, I would like to ensure that all your concerns are addressed promptly moving forward.",
  // Negated.
  "We cannot offer a refund as the item was used.",
  "Unfortunately we are unable to refund any part of your stay.",
  "Unfortunatly we cant refund the order as it was delivered in the end.",
  "We are not able to offer a discount on a future booking.",
  "As this outage lasted just over nine hours, we are unable to offer a credit or refund on this occasion.",
  "We're not in a position to offer compensation.",
  "No refund can be given for opened software.",
  "We have no record of a refund.",
  // Negation reaching every item of a disjunction or list.
  "Unfortunately we're not able to reissue the code or apply the discount to your order after the fact.",
  "We are unable to offer a replacement, repair or refund under our guarantee.",
  "We will not reship the parcel or issue a credit.",
  "We can neither exchange the jacket nor give you store credit.",
  // A remedy word in a rule about every case.
  "We've changed our process so that every discount code in a newsletter is tested before the email goes out.",
  "Each refund request is now checked by a supervisor.",
  "As our guest, you deserved far better than that.",
  // Policy statements.
  "Refunds are available within 30 days of purchase.",
  "Our compensation scheme applies only to outages of more than 24 hours.",
  "Our refund policy allows returns within 14 days.",
  "We offer free delivery on orders over £50.",
  "Customers are entitled to a refund under the Consumer Rights Act.",
  // Conditional or uncertain.
  "Once approved, the unit may be eligible for repair under the terms of the warranty.",
  "SLA credits, where applicable, will be handled per the terms of your MSA.",
  "If your claim is approved, we will refund the cost.",
  "We will consider offering compensation once our investigation is complete.",
  "I have asked the team to look into a refund.",
  "We hope to issue a refund soon.",
  "Replacement parts are subject to availability.",
  "We would have offered a voucher, but the promotion had ended.",
  "Our billing team should have caught and reversed it straight away.",
  // A link, or the customer asked to act.
  "You can find your return and repair options on our warranty page at voltgo.example/warranty.",
  "You will need to request a refund through the app.",
  "Please change your password and the password of any other account where you used it.",
  "For questions, please raise a ticket via the admin console.",
  "To update your mailing record, please visit any branch with proof of your new address.",
  // The remedy is part of the offense, or owning the mistake.
  "On Monday you told us that the replacement leaks in exactly the same way.",
  "The replacement you received was also faulty.",
  "We are sorry that your refund took three weeks to arrive.",
  "The refund we promised never arrived.",
  "The refund you requested was declined by your bank.",
  "That one is on us, and I'm sorry.",
  "Saturday's event was a total mess and that's 100% on us.",
  "You paid the delivery fee twice.",
  "Thank you for calling us on Monday about the $35 overdraft fee on your checking account.",
  "On 20 May we sent you this message.",
  // Not this customer's remedy.
  "Root cause was a failed config push; the service was fully restored by 05:40.",
  "We have replaced the failed unit at the Millbrook exchange.",
  "We keep your credit card details on file.",
  "Any money returned to the card is subject to our terms.",
  "We are unable to arrange a special collection for your street.",
  "The data lost in the outage could not be restored.",
  "The loot you lost cannot be restored.",
  "Your order left our warehouse three days late.",
  "Every day more and more fresh chicken is being delivered to our restaurants.",
  "Please let us know if there is anything else we can do.",
  "Feel free to contact us if you need any help.",
  "Refunds are processed within 14 days of receiving the return.",
  "We are unable to offer a refund on sale items.",
  "You may be entitled to compensation under the scheme.",
  "We have credited our driver with finding the fault.",
  "If there is anything else we can do, please let us know.",
  "We hope to have the opportunity to serve you again.",
  "Our team is always happy to help with any questions.",
  "We value you as a customer and hope you will give us another chance.",
  "You can request a refund through the returns portal.",
  "We will review your request for compensation and reply within 10 days.",
  "A refund may be possible once we have inspected the item.",
  "Our policy does not allow refunds on opened items.",
  "We've passed your comments to the store manager.",
  "I have made a note on your account about this.",
  "We will look into this further and get back to you.",
  "Replacement parts are available from our online shop.",
  "The credit on your account from last year has now expired.",
  "We are working to restore service as quickly as possible.",
  "Your refund request was declined because the item was used.",
  "We would be happy to discuss options with you.",
  "You could not check your delivery window, reschedule a delivery or see your order history.",
  "Our support team can now send a spike in complaints straight to the engineers.",
  "Your invoice showed the discount code you used and your billing address.",
  "The portal was taken offline within two hours of your report and restored two days later.",
  "The room you booked was rebooked by another guest on 4 November.",
  "Once identified, we immediately set about restoring the table to get you back into your accounts.",
  "We have published our customer charter, including details of compensation.",
  "The standard compensation payments do not apply to storms.",
  "Salary deposits were credited on time, even though they were not visible in the app.",
];

describe("amends", () => {
  it.each(REMEDIES)("counts a concrete remedy: %s", (sentence) => {
    expect(evidenceOf("amends", sentence)).toEqual([sentence]);
  });

  it.each(NOT_REMEDIES)("does not count: %s", (sentence) => {
    expect(evidenceOf("amends", sentence)).toEqual([]);
  });

  it("picks only the remedy out of a letter that also checks the customer's account", () => {
    const body =
      "Thank you for calling us on Monday about the $35 overdraft fee.\n\n" +
      "We have reversed the $35 fee. I have also confirmed that no other fees were affected.";
    expect(evidenceOf("amends", body)).toEqual(["We have reversed the $35 fee."]);
  });

  it("takes the new remedy, not the earlier replacement that failed", () => {
    const body =
      "We sent you a replacement machine, and on Monday you told us that the replacement leaks in exactly the same way. " +
      "We will refund the full £349 you paid.";
    expect(evidenceOf("amends", body)).toEqual(["We will refund the full £349 you paid."]);
  });

  it("keeps a refused refund apart from the credit given instead", () => {
    const body =
      "We're not able to refund the delivery fee to your card. Instead, we've added a $15 store credit to your account.";
    expect(evidenceOf("amends", body)).toEqual(["Instead, we've added a $15 store credit to your account."]);
  });

  it("recognises every remedy the missing-amends fix can insert", () => {
    for (const situation of SITUATIONS) {
      for (const sentence of ELEMENT_SENTENCES.amends({ offense: "the late delivery of your order", concrete: true, situation })) {
        expect(offersAmends(sentence), sentence).toBe(true);
      }
    }
  });
});
