import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { evidenceOf, letterAround } from "./test-helpers";

/** Sentences that name the offense concretely: each is its own evidence. */
const NAMED = [
  // The guide's own examples and close variants.
  "I want to sincerely apologize for the late delivery of your order.",
  "I am sorry for the incorrect charge on your March invoice.",
  "We apologise for our system outage on Tuesday.",
  "I wanted to apologize for the billing error that led to an incorrect charge on your account.",
  "I take full responsibility for the lack of clarity in our correspondence.",
  // Late, and how late.
  "Your refund was processed three weeks late.",
  "I'm sorry your package arrived five days after the date we promised.",
  "We promised delivery by 16 September, and it did not reach you until 7 October.",
  "The meal arrived cold and an hour late.",
  "Our technician was late for your appointment on Monday.",
  "It took us seven weeks to reach a decision on your claim.",
  "You waited for 90 minutes without an update.",
  // Wrong, broken, missing.
  "We sent you the wrong size.",
  "The treatment was carried out on the wrong tooth.",
  "The jacket you received had a broken zip.",
  "The charger stopped charging your laptop after two weeks.",
  "The steam wand seal was fitted incorrectly.",
  "That advice was wrong, and it was our mistake to send it.",
  "The certificate showed the colour of your vehicle as blue instead of grey.",
  "Oops, looks like you got the size 9 instead of the size 10s you ordered.",
  "Our driver damaged your gate while reversing.",
  "We lost your luggage on the way to Lisbon.",
  // Money.
  "On 4 May we charged your card twice for the same transfer fee.",
  "You were charged £40 for a service you never received.",
  "We took £120 from your account on 3 March without your authorisation.",
  "We billed you for the premium plan even though you had downgraded in May.",
  "The amount on your statement was incorrect.",
  // Service and systems.
  "Our engineer didn't turn up for your installation on Friday.",
  "The app crashed every time you tried to pay.",
  "Your water supply was cut off for two days without warning.",
  "Your call was not returned.",
  "No one from our team checked on Bramble during that time.",
  "Our agent hung up on you.",
  "We overbooked the flight and you were denied boarding.",
  "Your flight SK 482 to Portland has been cancelled.",
  // Privacy and safety.
  "Your personal details were emailed to another customer.",
  "Your statements were still sent to your previous address.",
  "An unauthorised party accessed guest reservation records.",
  "The email addresses of some accounts, including yours, were exposed.",
  "The pesto served with your dish contained pine nuts.",
  "I was sorry to learn that you were injured at our Eastgate club on 4 March.",
  // What was asked for against what came, in one sentence.
  "You ordered a king-size duvet but received a single.",
  "You booked a sea-view room but were given a room over the car park.",
  "u ordered the large pizza and got a small one instead lol",
  "Your pasta was served with cream when you had asked for it without.",
  // Done against what was already settled.
  "The kitchen added nuts even though you had specified a nut-free meal.",
  "The late fee was added even though your payment had arrived on 2 May.",
  "We renewed the policy although you had cancelled it in June.",
  // Waiting until a time, arriving in a bad state.
  "You waited until 9 p.m. for your table.",
  "Your family was left waiting until Thursday for the boiler part.",
  "You waited in until after 6 for the engineer.",
  "The cake arrived crushed.",
  "Your sofa was delivered badly scratched.",
  "Your soup came lukewarm.",
  // Figures misstated.
  "The meter reading on your bill was overstated.",
  "Your estimated usage was far too high.",
  "The value of your claim was underestimated.",
  // What never came, told by its absence.
  "No driver turned up to collect your sofa.",
  "No replacement arrived.",
  "You received no reply to your three emails.",
  "You heard nothing from us for a fortnight.",
  // Said or done that should not have been, or owed and not given.
  "That remark should never have been made.",
  "You should have been given the correct form.",
  "It should never have been said to you.",
  // The disputed amount named.
  "Thank you for writing about the £60 cancellation fee on your account.",
  "You are disputing the charge of $89.99 on your May statement.",
  "I am replying to your query regarding the two €15 late payment fees.",
  // Routine work not done, or missed.
  "Your recycling bin was not emptied on 5 or 12 August.",
  "The bulky items were never collected.",
  "The drain outside your house has not been cleared.",
  "Please accept my apologies for the four missed collections.",
  "I am sorry about the missed pickup on Monday.",
  "We apologise for the two missed visits by your carer.",
  // Left out of the list or route that drives the work.
  "Larchwood Close was left off the route sheet given to the crew.",
  "Your name was omitted from the guest list.",
  "Your street was dropped from the new delivery rota.",
  // Done against the wrong target.
  "A cron job ran against the live user table instead of staging.",
  "Your payment went to your old account rather than the new one.",
  "The engineer fitted a standard valve instead of the thermostatic one.",
  "The script emailed every customer instead of only trial accounts.",
  // Service withheld from the customer, even when the letter defends it.
  "Your debit card was blocked on 3 and 4 May.",
  "Two of your payments were declined in Rome.",
  "Your account has been suspended since Friday.",
  "Your phone line was disconnected without notice.",
  "On 3 June an overdraft fee of £25 was taken from your account twice.",
  "The API was throwing 503s from 14:00 to 16:10, so your dashboards were basically dead for two hours.",
  "The engineer booked for your Tuesday visit was stuck on another job.",
  "Your order sat at our depot, ignored, for nine days.",
  "The rider was rude to you when he handed over your meal.",
  "Yesterday we made a code update that introduced a bug affecting our login page.",
  "Our upstream provider suffered a major outage this morning.",
  "Our primary datacenter effectively lost its connection to the Internet.",
  "On 8 November we experienced two service issues that impacted customers in the Americas.",
  "Many customers travelled out of their way to find we were closed.",
  "We apologise for the recent flight cancellations.",
  "Some users could have logged into an account without the correct password.",
  "No passenger should ever be mistreated this way, and one was forcibly removed.",
  "Your sofa was meant to arrive on 12 May and it came on 2 June.",
  "The tickets we emailed you had the wrong date printed on them.",
  "Our website showed the jacket in stock when we had none left.",
  "The room we gave you had no hot water for two nights.",
  "Your wedding cake was delivered to the wrong venue.",
  "The technician left without finishing the installation.",
  "You were told your car would be ready on Friday, and it was not.",
  "Our agent hung up on you twice.",
  "The heating engineer never turned up on Tuesday.",
  "You were kept on hold for 50 minutes on three separate calls.",
  "The price at the till was higher than the price on the shelf.",
  "Your parcel was left in the rain on the doorstep.",
  "We double-booked your table on Saturday night.",
  "Your statement showed a payment you did not make.",
  "The letter we sent you contained another customer's details.",
  "Our driver reversed into your fence.",
  "Your new boiler has broken down three times in a month.",
  "You spent an hour at the counter before anyone served you.",
  "The flight home was cancelled with only two hours' notice.",
  "Your prescription was filled with the wrong strength of tablets.",
  "We kept charging you until June.",
  "It then displayed it on the confirmation page to anyone with the link.",
  "Our fitter did not attend your property on the agreed day.",
  "The estimate was far higher than your actual usage.",
  "We are cancelling the tournament that was planned for Saturday.",
  "Our match servers fell over during the stress test.",
  "That is an assembly fault from our factory.",
  "You should never have had your records shared like that.",
  "We apologise for the cancellation of flight NV 418 on 12 January.",
  "Over the next five weeks you still received eleven promotional emails.",
  "Your request to stop texts was never applied at all.",
  "We promised you delivery on the 3rd and we just did not make it happen.",
  "A restocking fee of £25 was deducted from your refund.",
  "The battery runs down after ten minutes, when it should last up to 45 minutes.",
  "Your delivery has been rescheduled to Tuesday 28 January because our depot was closed.",
  "Your engineer never turned up on 4 March.",
  "We only delivered half of your order on Tuesday.",
  "Nobody answered your three calls on 12 May.",
  "Your flight on 9 June was cancelled two hours before departure.",
  "Your dinner arrived cold at 8:45, an hour after you ordered.",
  "We forgot to include the charger with the laptop we sent on Monday.",
  "We regret to inform you that the coastal walk departing on 7 September will not go ahead.",
  "The touchscreen has been freezing and restarting while you drive.",
  "On Saturday the screen went dark on the motorway.",
  "The check engine light came on two days after we replaced the oxygen sensor.",
  "Your order had unsweetened oat milk on it, and what came was the barista blend.",
  "Your subscription renewed on 1 March at $179 rather than the $119 you paid last year.",
  "Your direct debit was collected twice, on 1 and 3 February.",
  "The receptionist spoke to you dismissively in front of other patients.",
  "I am sorry for the marketing emails you have received since you unsubscribed.",
  "All 14 drafts in the notebook disappeared on Saturday.",
  "Sorry again for the scratch on the rear bumper of your new car.",
  "There was no thought given to the insensitive email subject line we sent on Tuesday.",
  "The polishing process for your razor did not go as planned.",
  "A single mistyped command took down a whole datacenter.",
  "Thank you for your patience during the interruption to your water supply on Thursday.",
  "The agent interrupted you several times and ended the call while you were still asking.",
];

/** Sentences that do NOT name the offense: fillers, remedies, prevention, policy, hypotheses. */
const NOT_NAMED = [
  // Generic fillers.
  "We apologise for any inconvenience this may have caused.",
  "I'm sorry about the issue with your order.",
  "We regret the confusion and the mix-up.",
  "I'm sorry about what happened with your delivery.",
  "Please accept our apologies for the problem with your order.",
  "Something went wrong with your order, and we are sorry.",
  "We are sorry for your experience with us and for this situation.",
  "Thank you for getting in touch about the delivery of your recent order.",
  // Remedies and changes that use offense-like words.
  "From this week a second person checks every bag against its ticket before a driver collects it.",
  "We will send you a replacement by Friday.",
  "Your delivery is on its way.",
  "Every cancellation in the diary is now double-checked by the salon manager.",
  "We have added a check so that no order is ever sent to the wrong address again.",
  "We have sent you a voucher instead of a refund, as you asked.",
  "Our late payment fee has been waived.",
  // Policy, hypotheses, negations.
  "If your parcel arrives late, we will refund the shipping.",
  "Any late deliveries will be refunded in full.",
  "Deliveries may be delayed over the holidays.",
  "No customer data was exposed.",
  "Your data is never shared with third parties.",
  "We were sorry to hear that you have been unwell this spring.",
  "The delivery estimates on our website do not include customs processing time.",
  "We will reship your order without delay.",
  // Look-alikes of the phenomena above.
  "You ordered the blue jumper and received it on Monday.",
  "When you had finished your meal, our staff cleared the table.",
  "We refunded the $35 fee yesterday.",
  "Your new sofa will arrive on Tuesday.",
  "You will receive no further marketing emails.",
  "No further action is needed on your part.",
  "We waited until the engineer's report was complete before writing.",
  "Your refund was processed on 3 May as you requested.",
  // Look-alikes: a missed payment is the customer's; withheld service denied or hypothetical.
  "Your missed payment has been added to next month's bill.",
  "Your card was not blocked at any point.",
  "To make sure your card is not blocked abroad, add your travel dates.",
  "If a payment is declined, we will text you straight away.",
  // Returns instructions mention the item, not what went wrong with it.
  "Please send the faulty pair back within 30 days.",
  "You can return the damaged kettle at any of our stores.",
  "Simply drop off the broken unit at your nearest branch.",
  "There is a prepaid label for the defective charger in the box.",
  // The customer's own mishap, told in sympathy.
  "We were sorry to hear that you broke your wrist on the ice last month.",
  "I was sorry to read that your father died in the spring.",
  "Every order is now weighed so that your parcel is never missing an item again.",
  "We hope you have not lost faith in your local branch.",
  "If your flight on Monday is delayed, the lounge is open to you.",
  "We apologise for any inconvenience caused.",
  "I'm sorry for the trouble you have had.",
  "We're sorry about your recent experience with us.",
  "I apologise for the issues you have faced.",
  "Sorry for what happened last week.",
  "We are sorry for the inconvenience caused to you and your family.",
  "I apologise that your experience with us fell short of what you expect.",
  "We're sorry that things did not go as planned.",
  "We regret that your visit was not up to our usual standard.",
  "I am sorry for everything that went wrong last week.",
  "Please accept our apologies for the recent difficulties with your account.",
  "We know this has been a frustrating time for you.",
  "I am sorry for the disappointment this has caused.",
  "We are very sorry about the problems you had with us on Saturday.",
  "Your feedback about your order has been passed to the team.",
  "I'm sorry we did not meet your expectations this time.",
  "We apologise for the way your complaint was handled.",
  "I'm sorry for the trouble with your recent booking.",
  "We understand you were unhappy with the service you received.",
  "Sorry for the hassle with your delivery.",
  "We have looked into what happened with your account on 3 May.",
  "I am sorry your stay with us was not perfect.",
  "Thank you for bringing this matter to our attention on Monday.",
  "Please make sure the app is updated so it does not stop working.",
  "We will make sure your next delivery is not delayed.",
  "Your subscription was cancelled on 3 May, as you requested.",
  "You did not need to return the item by Friday.",
  "I am sorry your order of 3 May did not meet your expectations.",
  "Instead, we have added a $15 credit to your account.",
  "I can only imagine how stressful last week was, and the mix-up should never have added to it.",
  "We have double the usual number of staff in our call centres this weekend.",
];

describe("acknowledge", () => {
  it.each(NAMED)("names the offense: %j", (sentence) => {
    expect(evidenceOf("acknowledge", sentence)).toEqual([sentence]);
  });

  it.each(NOT_NAMED)("does not count %j", (sentence) => {
    expect(evidenceOf("acknowledge", sentence)).toEqual([]);
  });

  it("reads an acknowledgement split over two sentences: what was due, then what came", () => {
    const ordered = "You ordered the 1.7-litre kettle in sage green.";
    const arrived = "What arrived on Saturday was the 1-litre model, in red.";
    expect(evidenceOf("acknowledge", `${ordered} ${arrived} A courier will collect it on Thursday.`)).toEqual([ordered, arrived]);
    const booked = "Your grocery order was booked for delivery between 9 and 10 a.m.";
    const came = "It arrived at 2:40 p.m.";
    expect(evidenceOf("acknowledge", `${booked} ${came}`)).toEqual([booked, came]);
    // What came first, then what was due.
    const reached = "The walking boots that reached you on Saturday were a UK size 9.";
    const due = "You ordered a size 7, and your confirmation says so.";
    expect(evidenceOf("acknowledge", `${reached} ${due}`)).toEqual([reached, due]);
    expect(evidenceOf("acknowledge", "The boots that reached you on Saturday were a lovely surprise. You ordered them for a trip, I hear.")).toEqual([]);
    // What was due, followed by nothing that contradicts it.
    expect(evidenceOf("acknowledge", "You ordered the kettle in sage green. It is a lovely colour.")).toEqual([]);
  });

  it.each([
    ["Your order was due on Friday.", "It reached you on Tuesday."],
    ["You booked a sea-view room.", "We gave you a room facing the car park."],
    ["We promised a call back within a day.", "Nobody called."],
    ["The quote we gave you was £450.", "The invoice came to £610."],
    ["Your appointment was at 9 am.", "The engineer arrived at 1 pm."],
    ["Your cake was supposed to say \"Happy 40th, Maria\".", "It said \"Happy 40th, Mario\"."],
    ["The app showed your train as on time.", "It had been cancelled an hour earlier."],
    ["Our driver was meant to bring the sofa to your flat on the third floor.", "He left it in the lobby."],
    ["We told you the part would be in stock by Monday.", "It was not."],
    ["Your prescription should have been ready at 2 pm.", "You waited until closing time."],
    ["The jumper came in a size small.", "Your order says large."],
    ["We said the repair would cost nothing under warranty.", "You were then sent a bill for £85."],
  ])("reads what was due and what happened instead: %j %j", (due, happened) => {
    expect(evidenceOf("acknowledge", `${due} ${happened}`)).toEqual([due, happened]);
  });

  it.each(["Your order was placed on Friday. It reached you on Tuesday, as planned.", "You booked a sea-view room. We hope you enjoyed the view."])("does not read a contrast into %j", (body) => {
    expect(evidenceOf("acknowledge", body)).toEqual([]);
  });

  it("ignores the customer's quoted words", () => {
    expect(evidenceOf("acknowledge", 'You wrote that "the parcel arrived three weeks late". We are sorry for the trouble.')).toEqual([]);
    const quoted = "Dear Ms. Abara,\n\nYou wrote:\n\n> My parcel arrived three weeks late and the box was damaged.\n\nWe are sorry for the trouble.\n\nKind regards,\nAnna Smith\n";
    expect(analyze(quoted, { format: "markdown" }).elements.acknowledge.present).toBe(false);
  });

  it("reports the sentence's exact span", () => {
    const text = letterAround("Thank you for your call. We sent you the wrong size. A new pair is on its way.");
    const [span] = analyze(text, { format: "plaintext" }).elements.acknowledge.evidence;
    expect(text.slice(span!.start, span!.end)).toBe("We sent you the wrong size.");
  });
});
