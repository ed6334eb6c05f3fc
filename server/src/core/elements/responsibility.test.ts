import { describe, expect, it } from "vitest";
import { ELEMENT_SENTENCES } from "../fixes/element-sentences";
import { SITUATIONS } from "../types";
import { takesResponsibility } from "./responsibility";
import { evidenceOf } from "./test-helpers";

/** The writer owns the mistake: each sentence is its own evidence. */
const OWNERSHIP = [
  // Taking or accepting responsibility.
  "I take full responsibility for this oversight and deeply regret the distress it caused.",
  "As general manager I take full responsibility for them.",
  "We accept full responsibility for the delay.",
  "I accept the blame for what happened.",
  "We take complete ownership of this failure.",
  "I fully acknowledge my responsibility for this mistake.",
  "We recognise our part in this and we are putting it right.",
  "I admit our error without reservation.",
  // The fault is ours.
  "That delay was our fault.",
  "This was our mistake, not a hardware failure or a problem with any of our providers.",
  "The late posting was our error, not yours.",
  "That was our decision and our failure, and I am deeply sorry.",
  "The mistake was entirely ours.",
  "The error was ours.",
  "The fault is ours.",
  "The fault lies entirely with us.",
  "The blame rests squarely with me.",
  "The outage was our responsibility.",
  "As clinical director the responsibility is mine.",
  "It was simply our mistake.",
  "This was an error on our part.",
  "The mix-up was on our end.",
  "There was a clear oversight on my part.",
  // Passive with the writer's people as agent.
  "Both errors were made by our office when the details were entered.",
  "The delay was caused by our warehouse team.",
  "The mistake was made by me.",
  // On us, down to us.
  "That one is on us, and I'm sorry.",
  "Saturday's event was a total mess and that's 100% on us.",
  "This is entirely on me.",
  "That was down to us.",
  // The writer as the one who erred.
  "We made a mistake with your order.",
  "I've made an error in your invoice.",
  "We got this badly wrong.",
  "We let you down.",
  "Having spoken with the team, I accept that we let you down on this occasion.",
  "We dropped the ball on your renewal.",
  "We have fallen short of the standard you expect.",
  "We messed up.",
  "We mistakenly charged your card twice.",
  "Our billing team incorrectly applied the late fee.",
  "I accidentally deleted your booking.",
  "We overcharged you by $40.",
  "We mishandled your claim from start to finish.",
  "I was wrong to close your ticket.",
  "We were at fault.",
  "I am to blame for the confusion.",
  "We were responsible for the delay.",
  "We own this.",
  "We own this mistake completely.",
  "It's entirely our fault.",
  "This should never have happened, and it's our fault.",
  "This happened because of our mistake.",
  "This was entirely our doing.",
  "The responsibility for this failure is ours alone.",
  "We made the wrong call.",
  "We're responsible for this mess.",
  "I'm fully accountable for what happened.",
  "I hold myself accountable.",
  "The buck stops with me.",
  // Omissions the writer admits.
  "Our team failed to pass your message on.",
  "We failed on both counts, and I take full responsibility for that.",
  "Our desk staff did not check whether you had been told.",
  "We did not protect your data well enough.",
  "We didn't tell you about the change in time.",
  "I should have looked more closely the first time.",
  "We should have been clearer about the fees.",
  "Our engineer should have checked the valve before leaving.",
  "We have no excuse for this.",
  "We could and should have done better.",
  "There is no excuse for the way you were treated.",
  // Double negation that admits it.
  "I won't pretend this was anyone's fault but ours.",
  "We have no one to blame but ourselves.",
  "We have only ourselves to blame.",
  "Nobody but us is to blame here.",
  "No one except me was at fault.",
  "No one other than our own staff is responsible for the mix-up.",
  // The fault named by a plural or a pronoun: "the mistakes were ours", "it was ours".
  "The mistakes were ours from beginning to end.",
  "The fault here was ours, not the courier's.",
  "The errors are mine alone.",
  "The failures were entirely ours.",
  "It was ours, and as the person who runs this company, it was mine.",
  "That one is mine.",
  // The writer as the cause of the offense.
  "You spent your Monday on the phone sorting out something we caused.",
  "I caused this, and I am sorry.",
  "We have clearly caused you a great deal of worry.",
  "This was a mess of our own making.",
  "That was a business decision we made, and you paid the price for it.",
  "We took a gamble on the weather and you bore the cost.",
  "You paid the price for our decision to overbook.",
  // A second verb sharing the writer as subject.
  "I set up your new card and forgot to cancel the payment on the old one.",
  "We took your payment but failed to ship the order.",
  "Our team received your email on 3 May and neglected to reply.",
  "We checked the order twice and still forgot to include the charger.",
  // Colloquial ownership.
  "Totally my bad, I charged you twice.",
  "Our bad, we should have checked.",
  // The writer's own process or people as the failing agent.
  "Our process failed you, and nothing you did caused it.",
  "Our checking process failed you.",
  "Our booking procedures let you down badly.",
  "Our support team failed you when you needed help most.",
  // The fault named with what it was for.
  "The fault for that delay is ours.",
  "The blame for the missed appointment is mine alone.",
  "The responsibility for this error lies entirely with us.",
  "The trouble was of our making, not yours.",
  "Our picker took the wrong box from the shelf.",
  "On 4 May we charged your card twice for the same fee.",
  "A member of our loyalty team attached the wrong export.",
  "I sent the message from my own account instead of through the mailing system.",
  "Our engineering processes seriously failed this afternoon.",
  "It is wholly self-inflicted.",
  "We made a code update yesterday that introduced a bug in the login page.",
  "This delay was the result of our misunderstanding of the storage engine.",
  "We should always do everything possible, and we didn't do so on this occasion.",
  "I apologize for the awful experience we’ve caused many of you.",
  "Right now we failed at that, and for that I apologize.",
  "Our checks missed a critical issue in these connections.",
  "That one is on us.",
  "We dropped the ball on your order.",
  "The blame sits with us, not with you.",
  "I messed up when I booked your table for the wrong night.",
  "We got your order badly wrong.",
  "This was a failure on our side.",
  "We own this completely.",
  "It's our job to get this right, and we didn't.",
  "There's no one to blame here but us.",
  "We should have caught this before it left the warehouse.",
  "The error happened in our office, and it's ours to fix.",
  "I accept that we let you down.",
  "My team made a mistake with your booking.",
  "We made a mess of your wedding order.",
  "Our agent gave you the wrong information, and that was our fault.",
  "I hold my hands up: we forgot to send the form.",
  "We didn't check the address before we posted it.",
  "That mistake was made here at the office, in a letter I signed.",
  "It was a mistake made in our warehouse.",
  "That decision was ours, and it caused the fault.",
  "We also took far too long to get a generator to you.",
  "You deserved better from us and you did not get it.",
  "I am deeply sorry that we failed Yusuf and you.",
  "Those were our decisions, and they were the wrong ones.",
  "Our crew was wrong on both counts.",
  "We also failed you on the phone.",
  "100% our fault, no excuses.",
  "That decision, and the mistake, were ours.",
  "There were three separate failures, and every one of them was ours.",
  "I accept it as mine.",
  "Our customers rely on us to get things right, and on this occasion we have let them down.",
  "We and our supplier have let you down.",
  "We disrupted the majority of our customers for 45 minutes.",
  "Such lack of visibility into our own systems is unacceptable.",
  "An 8 hour failure window is most certainly not acceptable to either us or our customers.",
  "Honestly, we fucked up.",
  "This was not AWS or any other third party: it was entirely on our engineering team.",
  "This was a failure in our manufacturing and in our final inspection.",
  "We then compounded that by sending a decline letter.",
  "I agree with you that you were given wrong information.",
  "Our prep team missed it in the pre-delivery check.",
  "Both of those are on us.",
  "That was 100% us!",
  "It should have been picked up at our end.",
  "The responsibility for this lies with the council.",
  "We lost it.",
  "This was a bug on our end in version 4.2.1.",
  "The change was ours.",
  "We deeply apologize for our mistake.",
  "We missed the mark with this advert.",
  "This falls far short of our commitment to you.",
  "This is small comfort for the situation we put you in.",
  "Those were decisions we made, and they were wrong.",
  "Our shopper substituted whole milk without checking with you.",
];

/** Sentences that mention fault or responsibility without the writer owning the mistake. */
const NOT_OWNERSHIP = [
  // Negated.
  "We are not responsible for delays caused by customs inspections.",
  "Parcelwise is not responsible for delays caused by customs.",
  "This was not our fault.",
  "The error was not ours.",
  "We do not accept responsibility for lost parcels.",
  "There was no error on our part.",
  "We didn't make a mistake.",
  "We are not to blame.",
  // Conditional.
  "If we made a mistake, we will put it right.",
  "If this was our error, we will refund you.",
  "We will accept responsibility if the investigation finds a fault.",
  // Pushed onto others.
  "It is your responsibility to keep your details up to date.",
  "It remains the account holder's responsibility to make sure that all records are up to date.",
  "It is the guests responsibility to check the allergen information.",
  "You are responsible for choosing a strong password.",
  "Users are also responsible for choosing strong passwords.",
  "The vendor was responsible for securing the data it held.",
  "The courier was responsible for the delay.",
  "The delay was caused by our courier.",
  "The mix-up was caused by our warehouse partner.",
  "The error was made by the system.",
  "Totally a glitch on the app side, nothing anyone here did.",
  "Our warehouse partner mixed up the labels, so it's definitely on their end, not us!",
  // Slogans and duties.
  "At FitCore, we take our responsibilities for member safety very seriously.",
  "We take responsibility for your safety very seriously.",
  "Our responsibility is to keep you informed.",
  "It is our responsibility to protect your data.",
  "We take responsibility for keeping your data safe.",
  // Agentless or free of charge.
  "Mistakes were made.",
  "An error occurred while processing your payment.",
  "The SIM swap could not be completed before you had to leave.",
  "Your next order, up to $40, is on us.",
  "Biscuit's next full groom is on us, whenever you'd like to book it.",
  // The customer or someone else erred.
  "You made a mistake when entering your card number.",
  "We were given the wrong information by the airline.",
  "We were mistakenly sent the wrong stock by our supplier.",
  "We did not receive your payment.",
  "We should have been informed by the airline.",
  "Our engineer should have been told by the landlord.",
  // Questions, duties and minimising.
  "Did we make a mistake?",
  "Was this our fault?",
  "We are accountable to our members.",
  "I am accountable for making sure this gets fixed.",
  "We take full responsibility for resolving this quickly.",
  // Near misses of the phenomena above.
  "No one but the courier is to blame.",
  "Nobody but you can change the password.",
  "The mistakes were not ours.",
  "It was ours to keep.",
  "The decision is yours.",
  "We apologise for any inconvenience we have caused.",
  "If we caused the delay, we will refund you.",
  "We did not cause the outage.",
  "The storm caused the delay.",
  "We made a decision to close the branch early.",
  "The carrier lost the parcel and you paid the price for it.",
  "We sent your parcel with a courier who then failed to deliver it.",
  "We used a supplier who shipped late and failed to tell us.",
  "It was not my bad.",
  // Someone else's process failing, or "our" process only in a plan, owns nothing.
  "The carrier's process failed you.",
  "Our process failed to detect the payment because the bank sent it late.",
  "The fault for the delay lies with the courier.",
  "We received the wrong parts from our supplier.",
  "We noticed you were charged twice by the bank.",
  "We did not charge you twice.",
  "If we charged you twice, we will refund the difference.",
  "We refunded the fee taken in error.",
  "We take the safety of our riders seriously and our responsibility is to them.",
  "If there was an error on our part, we will correct it.",
  "The fault was with the courier.",
  "We are not at fault for the delay.",
  "It is your responsibility to keep your password safe.",
  "Mistakes were made in the handling of your claim.",
  "We take customer safety very seriously.",
  "We made every effort to deliver on time.",
  "We understand that mistakes can happen.",
  "We apologise for any errors that may have occurred.",
  "An error was made when your order was processed.",
  "The mistake happened during a busy period.",
  "We are looking into whether a mistake was made.",
  "We take full responsibility for resolving your complaint.",
  "It is important to us that we get things right.",
  "Our responsibility is to keep you safe.",
  "We appreciate your understanding while we fix the issue.",
  "The mix-up occurred at the warehouse.",
  "The delay was caused by a fault in the airport baggage system.",
  "Our courier partner was wrong to leave it outside, we are told.",
  "Your language towards our staff on the phone was unacceptable.",
  "There was an error by our courier partner on Monday.",
  "The problem was caused by a fault in one of our own systems during a planned upgrade.",
  "This was caused by a processing error in our payment system.",
  "We never shared your details without your consent.",
];

describe("responsibility", () => {
  it.each(OWNERSHIP)("counts ownership: %s", (sentence) => {
    expect(evidenceOf("responsibility", sentence)).toEqual([sentence]);
  });

  it.each(NOT_OWNERSHIP)("does not count: %s", (sentence) => {
    expect(evidenceOf("responsibility", sentence)).toEqual([]);
  });

  it("finds the owning sentence among excuses", () => {
    const body =
      "Your reservation was cancelled because our booking system released it. " +
      "I won't pretend this was anyone's fault but ours. " +
      "Nobody at Azur Car Hire contacted you.";
    expect(evidenceOf("responsibility", body)).toEqual(["I won't pretend this was anyone's fault but ours."]);
  });

  it("ignores ownership the customer is quoted as demanding", () => {
    expect(evidenceOf("responsibility", 'You asked us to "admit it was our mistake", and we have reviewed your case.')).toEqual([]);
  });

  it("recognises every sentence the missing-responsibility fix can insert", () => {
    for (const situation of SITUATIONS) {
      for (const sentence of ELEMENT_SENTENCES.responsibility({ offense: "the late delivery of your order", concrete: true, situation })) {
        expect(takesResponsibility(sentence), sentence).toBe(true);
      }
    }
  });
});
