import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { DEFAULT_CONFIG } from "../config";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "jargon";
const letter = (body: string): string =>
  `Dear Ms. Lee,\n\n${body}\n\nI am sorry that your order arrived late. We have refunded the delivery charge.\n\nKind regards,\nAnna Berg\nCustomer Care, Northwind`;

describe("jargon", () => {
  it("flags internal terms and acronyms from the table on the term itself", () => {
    const text = letter("Your case was flagged for tier-2 escalation. Please raise an RMA and quote the SKU. Our backend failover failed and we have root-caused it.");
    expect(flagged(text, CODE)).toEqual(["tier-2 escalation", "RMA", "SKU", "backend", "failover", "root-caused"]);
  });

  it("flags infrastructure terms from outage reports", () => {
    const text = letter("A load balancer lost its IP addresses and the database cluster failed over; our ISP and upstream provider were down, and we had to re-accommodate production traffic.");
    expect(flagged(text, CODE)).toEqual(["load balancer", "IP addresses", "database cluster", "ISP", "upstream provider", "re-accommodate", "production traffic"]);
  });

  it("flags incident codes and shorthand, but not formal wording every customer reads", () => {
    expect(flagged(letter("This was a P1 incident. Please be advised that, per our records, the ETA is Monday, pursuant to the SLA."), CODE)).toEqual([
      "P1 incident", "ETA", "SLA",
    ]);
    expect(flagged(letter("The sofa is back-ordered. FYI, your IKEA voucher and the HTTPS link are below; your DOB is not needed."), CODE)).toEqual([]);
  });

  it("flags the first use of an unexplained acronym only", () => {
    expect(flagged(letter("Our NOC saw the fault. The NOC then paged the CSPM owner."), CODE)).toEqual(["NOC", "CSPM"]);
  });

  it("does not flag an acronym the letter defines in parentheses, either way round", () => {
    expect(flagged(letter("Under our service level agreement (SLA) we reply within a day. The SLA covers this. Our NOC (network operations centre) saw it."), CODE)).toEqual([]);
  });

  it("does not flag everyday acronyms, shouted words, names, codes or the signature", () => {
    const text =
      "Dear Ms. Lee,\n\nYour PIN, the PDF and the FAQ are attached; we called at 9 AM UTC. We are VERY sorry. Your order ABC 1234 and ref INC-2291 left Harbour BMW Motors.\n\nKind regards,\nAnna Berg\nVP, CX Team";
    expect(flagged(text, CODE)).toEqual([]);
  });

  it("does not flag ordinary uses of words that are jargon elsewhere", () => {
    expect(flagged(letter("Our staging area was busy. The root of the problem was a missed check. We have provisions for this."), CODE)).toEqual([]);
  });

  it("flags scheduler and production-environment shorthand, but not the verb \"prod\"", () => {
    expect(flagged(letter("A cron job ran against the prod user table. Two crons failed, and the prod database was slow."), CODE)).toEqual(["cron job", "prod", "crons", "prod"]);
    expect(flagged(letter("We will prod the database team, and the prodigy app is fine."), CODE)).toEqual([]);
  });

  it("replaces a cron job with plain words", () => {
    const text = letter("A cron job sent the email.");
    const [finding] = findingsOf(text, CODE);
    expect(applyFix(text, finding!.fixes[0]!)).toBe(letter("A scheduled task sent the email."));
  });

  it("flags the user's own jargon terms literally, in any capitalisation", () => {
    const config = { ...DEFAULT_CONFIG, vocabulary: { ...DEFAULT_CONFIG.vocabulary, jargon: ["Zendesk macro", "L2+"] } };
    const text = letter("A zendesk macro sent the reply, and L2+ reviewed it.");
    const found = analyze(text, { format: "plaintext", config }).findings.filter((f) => f.code === CODE);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["zendesk macro", "L2+"]);
  });

  it("replaces terms with plain words, fixing the article and capitals, and the result is clean", () => {
    const text = letter("Please raise an RMA today. Backend errors delayed your SKUs.");
    let fixed = text;
    for (const f of findingsOf(text, CODE).reverse()) fixed = applyFix(fixed, f.fixes[0]!);
    expect(fixed).toBe(letter("Please raise a return authorization today. Systems errors delayed your product codes."));
    expect(findingsOf(fixed, CODE)).toEqual([]);
    expect(newErrors(analyzeText(text), analyzeText(fixed))).toEqual([]);
  });

  it("offers no fix for an unexplained acronym", () => {
    expect(findingsOf(letter("Our NOC saw the fault."), CODE)[0]!.fixes).toEqual([]);
  });
});

describe("jargon and the company's own name", () => {
  it("does not flag capitals the signature uses as the company name", () => {
    const text = "Dear Priya,\n\nThank you for flying with KLM. Our NOC saw the fault.\n\nKind regards,\nAnna Berg\nCustomer Care, KLM";
    expect(flagged(text, CODE)).toEqual(["NOC"]);
  });
});
