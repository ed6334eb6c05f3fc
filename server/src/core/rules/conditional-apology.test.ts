import { describe, expect, it } from "vitest";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "conditional-apology";
const letter = (body: string): string => `Dear Ms. Rivera,\n\n${body}\n\nKind regards,\nSam Lee\nCustomer Care\n`;
/** A sentence that names the offense, so the rewrite can be specific. */
const NAMED = "I take full responsibility for the late delivery of your order.";

describe("conditional-apology", () => {
  it.each([
    ["I'm sorry if you were upset by the delay.", "sorry if you were upset by the delay"],
    ["Sorry that you had a bad experience with us.", "Sorry that you had a bad experience with us"],
    ["We're sorry that you were surprised by these charges.", "sorry that you were surprised by these charges"],
    ["We apologise if our reply seemed abrupt.", "apologise if our reply seemed abrupt"],
    ["Please accept our apologies if this caused any trouble.", "apologies if this caused any trouble"],
    ["We are sorry you feel that the notice was inadequate.", "sorry you feel that the notice was inadequate"],
    ["I am sorry that you were upset by our reply.", "sorry that you were upset by our reply"],
    ["We regret that you were disappointed with the service.", "regret that you were disappointed with the service"],
    ["We apologise to anyone who was offended by the email.", "apologise to anyone who was offended by the email"],
    ["We regret any inconvenience to the extent that your data was involved.", "regret any inconvenience to the extent that your data was involved"],
    ["To the extent that you were affected, we apologise.", "To the extent that you were affected, we apologise"],
    ["If we made a mistake, we apologise.", "If we made a mistake, we apologise"],
    ["We regret any misunderstanding that may have occurred.", "regret any misunderstanding that may have occurred"],
    ["Mistakes were made in how your order was handled.", "Mistakes were made"],
    ["An error has been made on your account.", "An error has been made"],
  ])("flags the conditional apology in %j", (body, phrase) => {
    expect(flagged(letter(body), CODE)).toEqual([phrase]);
  });

  it.each([
    "I'm sorry for the late delivery. If you have any questions, please call.",
    "I'm sorry, and if there is anything else we can do, let me know.",
    "We regret to inform you that if the item is returned late a fee applies.",
    "I'm sorry you were kept waiting for two hours.",
    "I'm sorry that you were charged twice.",
    "I'm sorry that you found a hair in your meal.",
    "We are sorry to hear you felt unwell after the meal.",
    "I understand that you feel let down, and I am sorry for the missed appointment.",
    "Both errors were made by our office.",
  ])("does not flag %j", (body) => {
    expect(flagged(letter(body), CODE)).toEqual([]);
  });

  it.each([
    [`${NAMED} I'm sorry if you were upset by the delay.`, `${NAMED} I'm sorry for the late delivery of your order.`, true],
    [`${NAMED} Sorry if this spoiled your weekend!`, `${NAMED} Sorry for the late delivery of your order!`, true],
    [`${NAMED} We regret that you were upset.`, `${NAMED} We regret the late delivery of your order.`, true],
    [`${NAMED} If we made a mistake, we sincerely apologise.`, `${NAMED} We sincerely apologise for the late delivery of your order.`, true],
    ["Your parcel arrived a week late. We apologise if this caused you trouble.", "Your parcel arrived a week late. We apologise for the late delivery of your order.", false],
    ["Mistakes were made in how your order was handled.", "We made mistakes in how your order was handled.", true],
  ])("rewrites %j as an unconditional apology", (body, fixedBody, safe) => {
    const text = letter(body);
    const [finding] = findingsOf(text, CODE);
    const fix = finding!.fixes[0]!;
    expect(fix.safe).toBe(safe);
    const fixed = applyFix(text, fix);
    expect(fixed).toBe(letter(fixedBody));
    const after = analyzeText(fixed);
    expect(after.findings.filter((f) => f.code === CODE)).toEqual([]);
    if (!fixedBody.startsWith("We made")) expect(after.elements.regret.present).toBe(true);
    expect(newErrors(analyzeText(text), after)).toEqual([]);
  });
});
