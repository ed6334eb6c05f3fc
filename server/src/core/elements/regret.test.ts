import { describe, expect, it } from "vitest";
import { ELEMENT_SENTENCES } from "../fixes/element-sentences";
import { SITUATIONS } from "../types";
import { expressesRegret } from "./regret";
import { evidenceOf } from "./test-helpers";

/** Remorse, apology or empathy about the offense: each sentence is its own evidence. */
const REGRET = [
  // Sorry.
  "I'm truly sorry for the late delivery of your order.",
  "I am deeply sorry.",
  "We're super sorry, fam 😭",
  "We are so, so sorry for the wait.",
  "I know that cost your team a working morning, and I am sorry.",
  "I am sorry to be writing with this news, and sorrier still about the reason.",
  "Sorry about that!!",
  "So sorry its taken us nearly two months to get back to you.",
  "And sorry the flowers for your mum's 70th turned up two days late!!",
  "Again, sorry for the mix-up.",
  "I wanted to say how sorry I am.",
  "I can't tell you how sorry I am.",
  "I am so very sorry.",
  "I'm really, really sorry.",
  "I'm terribly sorry about the mix-up.",
  "I am sorry that we kept you waiting.",
  // Apologise, apologies.
  "I sincerely apologize for the lack of support you received.",
  "I want to personally apologize for the billing error.",
  "I apologise sincerely, particularly as you had organised the garden for the party.",
  "We apologise for any inconvenience this may have caused.",
  "We can't apologise enough for the delay.",
  "Please accept our apologies for the problem with your order.",
  "I owe you an apology.",
  "With my sincere apologies for the trouble.",
  "Our apologies for the confusion.",
  "Apologies for the late reply.",
  "Sincere apologies for the mix-up with your booking.",
  "We'd like to apologise for the delay.",
  "I do apologise for the delay.",
  "We must apologise for the error on your bill.",
  "I apologise unreservedly.",
  "My apologies.",
  "Once again, my apologies.",
  "A thousand apologies for the wait.",
  "Please accept my heartfelt apology.",
  "Apologies!",
  // Regret.
  "I deeply regret the distress it caused.",
  "We regret the error.",
  "Please forgive us for the delay.",
  "Please excuse our late reply.",
  "We sincerely regret the error on your invoice.",
  // Remorse.
  "I feel terrible that you were left waiting.",
  "We're embarrassed that this happened.",
  "We are disappointed in ourselves.",
  "I feel awful about the mix-up.",
  // Empathy about the offense.
  "I understand how frustrating this must have been.",
  "I know how disappointing that is at the end of a long day.",
  "I can only imagine how it felt to receive our correction on Monday morning.",
  "I completely understand your frustration.",
  "We understand your disappointment with the repair.",
  "I can appreciate how stressful this has been.",
  "I understand what a disappointment this was.",
  "That must have been incredibly frustrating.",
  "I was sorry to hear that the main zip on your backpack split on the first day of your trip.",
  "I was very sorry to learn that you were injured at our club when the belt of the treadmill slipped.",
  "I was saddened to learn about your experience with our customer service.",
  "I'm sorry about the delay caused by the storm.",
  // Casual spellings stretch or shorten the word.
  "sooo sorry about ur order last week!!",
  "We're reallyyy sorry about this 😬",
  "Soooorry for the wait, everyone.",
  "sry about the mix-up with your size",
  // An injury where the company is involved: its premises, its product.
  "I was sorry to hear you sprained your ankle at Greenway Leisure Centre when the step gave way.",
  "We are sorry to hear that you broke a tooth on a stone in our bread.",
  "I was saddened to learn that you hurt your hand on our broken gate.",
  "The Council apologises for the missed collections on your street.",
  "Fernway is truly sorry for the delay to your order.",
  "The company regrets the error on your bill.",
  "Huge apologies to our customers, especially those who travelled to find us closed.",
  "I want our customers to know how sorry I am for the outage.",
  "It breaks our hearts to let our users down like this.",
  "This is an apology for the way we handled your account.",
  "I'm so sorry this happened.",
  "We owe you an apology.",
  "Sorry again for all of this.",
  "I can't tell you how sorry we are.",
  "Apologies for the wait on your refund.",
  "I am truly sorry that we let you down.",
  "We deeply regret the distress this caused you and your family.",
  "Please forgive the delay in getting your parcel to you.",
  "I feel awful that you spent your birthday waiting for a delivery.",
  "We're mortified that this happened at your wedding.",
  "I know how stressful it must have been to find your account locked.",
  "We are genuinely sorry for the mix-up with your room.",
  "I'd like to apologise personally for how our staff spoke to you.",
  "The whole team is sorry for what happened on Saturday.",
  "Accept our heartfelt apologies.",
  "Sincere apologies for the trouble with your booking.",
  "We take the protection of your information seriously and sincerely apologize for any concern this may cause.",
  "We are giving them three days back as a gesture of goodwill and to say sorry.",
  "Please allow me to apologise for the impact of this on your business.",
  "Thanks for the call yesterday and sorry again for the scratch on your bumper.",
  "It should go without saying that we are mortified by this.",
  "It should never have happened, and I can only apologise wholeheartedly.",
  "This is to apologise that some very poor flowers were sent to you.",
  "It hurts us greatly that your card never arrived.",
  "We understand that a situation like this creates stress and anxiety about your card details.",
];

/** Sentences that look like an apology but are not one. */
const NOT_REGRET = [
  // Conditional and non-apologies.
  "We are sorry if you felt uncomfortable.",
  "We are sorry if this news is worrying.",
  "I'm sorry you feel that way.",
  "We are sorry you feel that the notice was not adequate.",
  "I'm sorry that you were upset.",
  "Mistakes were made, and we regret that you were upset.",
  "We regret any inconvenience to the extent that your data may have been involved.",
  "We apologise for any inconvenience if your order was affected.",
  "We regret any miscommunication that may have occurred.",
  "Sorry for any misunderstanding.",
  "I'm sorry, but we cannot accept returns after 30 days.",
  "Apologies, but we cannot accept returns after 30 days.",
  "We apologise if our response seemed slow.",
  "We regret that you feel let down.",
  "If you are not satisfied, we are sorry.",
  // Bad news, not remorse.
  "We regret to inform you that your flight has been cancelled.",
  "I regret that we are unable to offer a refund.",
  "I'm sorry to say that we cannot help.",
  // Sympathy about something else.
  "We were sorry to hear that you have been unwell this spring.",
  "I was sorry to hear about the damage the February storms caused to your roof.",
  "I'm sorry for your loss.",
  "I was very sorry to read in your email that your father died in the spring, and I hope the months since have been gentle with you.",
  "We were sorry to hear that you slipped on the ice last month and broke your wrist, and we hope it is healing well.",
  "I'm so sorry to hear your mother passed away in March.",
  "Sorry to hear you've been in hospital.",
  "We were saddened to hear of your bereavement.",
  "I was sorry to learn that you fractured your arm skiing.",
  // Negated, or not an apology at all.
  "We are not sorry.",
  "We won't apologise for enforcing our policy.",
  "There is no need to apologize.",
  "No need to say sorry!",
  "You apologised for the late payment.",
  "You said you were sorry for missing the appointment.",
  "It is a sorry state of affairs.",
  "That was a sorry excuse for service.",
  "We appreciate your apology.",
  "She said sorry to you at the desk.",
  "We never apologise for putting safety first.",
  "I'm afraid we cannot refund the order.",
  "We understand that you feel your privacy was not respected.",
  "We understand from your letter that you waited two hours.",
  "We were so sorry to hear about the burst pipe at your home in January.",
  "The Council regrets to inform you that the permit was refused.",
  "No one at the depot apologises for the policy.",
  "She apologises when she is late, you said.",
  "I apologize for having to re-accommodate these customers.",
  "We regret to inform you that your claim has been declined.",
  "Sorry, but we cannot refund sale items.",
  "I'm sorry if you feel we let you down.",
  "We were sorry to hear about your father's illness.",
  "There is no need to apologise for calling us.",
  "I'm afraid the item is out of stock.",
  "We regret to advise you that the flight is full.",
  "We are sorry to hear you were unwell on your trip.",
  "Sorry, but the offer has ended.",
  "I'm sorry you feel this way about our service.",
  "We are sorry if you were inconvenienced.",
  "Thank you for your patience.",
  "We appreciate your feedback.",
  "Apologies are not necessary.",
  "The driver said sorry to you at the door.",
  "No apology was given at the time.",
  "Sorry that you had a bad experience with us.",
  "We are sorry that you were surprised by these charges.",
  "We have reviewed your claim and regret to inform you that it was declined.",
  "If you have any questions, please call us; we are always happy to help.",
  "May I say how sorry I was to learn of your father passing.",
];

describe("regret", () => {
  it.each(REGRET)("counts regret: %s", (sentence) => {
    expect(evidenceOf("regret", sentence)).toEqual([sentence]);
  });

  it.each(NOT_REGRET)("does not count: %s", (sentence) => {
    expect(evidenceOf("regret", sentence)).toEqual([]);
  });

  it("never counts the customer's quoted apology", () => {
    const body = 'You wrote: "I\'m sorry, but this is the third time I have asked."\n\nWe have reviewed your account.';
    expect(evidenceOf("regret", body)).toEqual([]);
  });

  it("finds the apology after a casual opening with an emoji", () => {
    const body = "Oops, looks like the app ate your Bean Points 🙈 Sorry about that!! We are adding them back.";
    expect(evidenceOf("regret", body)).toEqual(["Sorry about that!!"]);
  });

  it("keeps the real apology when a conditional one comes first", () => {
    const body = "We are sorry if you felt ignored. I am truly sorry that nobody called you back.";
    expect(evidenceOf("regret", body)).toEqual(["I am truly sorry that nobody called you back."]);
  });

  it("recognises every sentence the missing-regret fix can insert", () => {
    for (const situation of SITUATIONS) {
      for (const sentence of ELEMENT_SENTENCES.regret({ offense: "the late delivery of your order", concrete: true, situation })) {
        expect(expressesRegret(sentence), sentence).toBe(true);
      }
    }
  });
});
