import type { ElementId, Situation } from "../types";

/** What a fix sentence may reuse from the letter. */
export interface SentenceFacts {
  /** The offense as a noun phrase: "the late delivery of your order". */
  readonly offense: string;
  /** False when neither the letter nor its situation says what went wrong ("our mistake"). */
  readonly concrete: boolean;
  readonly situation: Situation;
}

type Variants = ReadonlyArray<(f: SentenceFacts) => string>;

/** The remedy a support lead would offer first in each situation, then the general ones. */
const AMENDS_BY_SITUATION: Partial<Record<Situation, Variants>> = {
  "late-delivery": [
    () => "To make it right, I have refunded your shipping charge and added a voucher for 20% off your next order.",
    () => "To make it right, I have upgraded your next delivery to express shipping at no cost to you.",
  ],
  "product-defect": [
    () => "To make it right, I will send you a replacement at no additional cost, with a prepaid label to return the faulty one.",
    () => "I will also issue a full refund right away, and you are welcome to keep the item.",
  ],
  "wrong-item": [
    () => "I have sent the correct item by express delivery at no cost to you, with a prepaid label for the one you received.",
  ],
  "billing-error": [
    () => "I have corrected the charge on your account and issued a refund of the amount taken in error.",
  ],
  outage: [() => "To make up for the lost time, I have added a credit of one month's subscription to your account."],
  "data-breach": [() => "We will provide you with free credit monitoring for two years, and a dedicated contact for any questions."],
  privacy: [() => "I will be your personal point of contact for anything to do with your records, and I will call you this week to check that everything is in order."],
  cancellation: [() => "I have rebooked you on the next available date and refunded the difference in full."],
  safety: [() => "I have arranged a full refund and a free collection of the product at a time that suits you."],
};

const GENERAL_AMENDS: Variants = [
  () => "To make it right, I would like to offer you a full refund.",
  () => "I will be your personal point of contact until this is fully resolved; you can reply to this email to reach me directly.",
];

const PROCESS_BY_SITUATION: Record<Situation, string> = {
  "late-delivery": "shipping processes",
  "product-defect": "quality checks",
  "poor-service": "customer care training",
  "billing-error": "billing checks",
  communication: "communication processes",
  outage: "release and monitoring processes",
  "data-breach": "security controls",
  "wrong-item": "packing checks",
  cancellation: "booking processes",
  privacy: "data-handling procedures",
  safety: "product safety checks",
  other: "processes",
};

/** Sentence variants per element, best first; each names the offense so the letter stays specific. */
export const ELEMENT_SENTENCES: Readonly<Record<ElementId, (f: SentenceFacts) => string[]>> = {
  // Only the writer knows an offense the letter never describes: no sentence can guess it.
  acknowledge: (f) =>
    f.concrete ? [`I want to acknowledge ${f.offense}, and I understand how much trouble it caused you.`, `I am writing to you about ${f.offense}.`] : [],
  responsibility: (f) => [
    `I take full responsibility for ${f.offense}.`,
    `This was our mistake, not yours, and we own it.`,
  ],
  regret: (f) => [
    `I am truly sorry for ${f.offense}.`,
    `I deeply regret the frustration that ${f.offense} has caused you.`,
  ],
  amends: (f) => [...(AMENDS_BY_SITUATION[f.situation] ?? []), ...GENERAL_AMENDS].map((v) => v(f)),
  change: (f) => [
    `We are reviewing our ${PROCESS_BY_SITUATION[f.situation]} to ensure this does not happen again.`,
    `We have added a new check to our ${PROCESS_BY_SITUATION[f.situation]} so that this cannot happen again.`,
  ],
};
