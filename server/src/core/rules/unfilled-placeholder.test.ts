import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { DEFAULT_CONFIG } from "../config";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "unfilled-placeholder";
const BODY = "I am sorry that your order arrived late; that was our mistake. We have refunded the delivery charge.";
const template = (greeting: string, body = BODY, signature = "[Your Name]\n[Your Position]\n[Company Name]"): string =>
  `${greeting}\n\n${body}\n\nKind regards,\n${signature}`;

describe("unfilled-placeholder", () => {
  it("flags every kind of template slot on the slot itself", () => {
    expect(flagged(template("Dear [Customer's Name],"), CODE)).toEqual(["[Customer's Name]", "[Your Name]", "[Your Position]", "[Company Name]"]);
    expect(flagged(template("Hi {{first_name}},", "We refunded XX% of $XX on [date] and XXX more, ref ___.", "<NAME>"), CODE)).toEqual([
      "{{first_name}}", "XX%", "$XX", "[date]", "XXX", "___", "<NAME>",
    ]);
    expect(flagged(template("Dear {name},", "Your code is %PROMO_CODE% for [Store Location] in [City].", "Anna"), CODE)).toEqual(["{name}", "%PROMO_CODE%", "[Store Location]", "[City]"]);
  });

  it("takes \"[First Name] [Last Name]\" as one slot", () => {
    expect(flagged(template("Dear [First Name] [Last Name],", BODY, "Anna"), CODE)).toEqual(["[First Name] [Last Name]"]);
  });

  it("does not flag links, footnotes, checkboxes, editorial brackets or sizes", () => {
    const text = template("Dear Ms. Lee,", "See [our returns page](https://example.com) and [the guide][1]. As noted [1], you said it was [sic] broken. [ ] done [x] sent. [Updated] [Important] Size XXL and XL are in stock.", "Anna Berg");
    expect(analyze(text, { format: "markdown" }).findings.filter((f) => f.code === CODE)).toEqual([]);
  });

  it("fills a customer-name slot with \"Valued Customer\", taking an honorific with it", () => {
    for (const [greeting, expected] of [["Dear [Customer's Name],", "Dear Valued Customer,"], ["Dear Mr. [Last Name],", "Dear Valued Customer,"], ["Hello {{first_name}},", "Hello Valued Customer,"]] as const) {
      const text = template(greeting, BODY, "Anna Berg");
      const fix = findingsOf(text, CODE)[0]!.fixes[0]!;
      expect(fix.safe).toBe(true);
      const fixed = applyFix(text, fix);
      expect(fixed).toBe(template(expected, BODY, "Anna Berg"));
      expect(findingsOf(fixed, CODE)).toEqual([]);
      expect(newErrors(analyzeText(text), analyzeText(fixed))).toEqual([]);
    }
  });

  it("fills the writer's slots from the configured signature, and offers nothing when none is configured", () => {
    const text = template("Dear Ms. Lee,");
    expect(findingsOf(text, CODE).map((f) => f.fixes.length)).toEqual([0, 0, 0]);
    const config = { ...DEFAULT_CONFIG, signature: { name: "Anna Berg", position: "Customer Care Lead", company: "Northwind" } };
    const found = analyze(text, { format: "plaintext", config }).findings.filter((f) => f.code === CODE);
    let fixed = text;
    for (const f of [...found].reverse()) fixed = applyFix(fixed, f.fixes[0]!);
    expect(fixed).toBe(template("Dear Ms. Lee,", BODY, "Anna Berg\nCustomer Care Lead\nNorthwind"));
    expect(analyze(fixed, { format: "plaintext", config }).findings.filter((f) => f.code === CODE || f.severity === "error")).toEqual([]);
  });

  it("offers no fix for slots only the writer can fill", () => {
    expect(findingsOf(template("Dear Ms. Lee,", "We will refund XX% by [date].", "Anna"), CODE).map((f) => f.fixes)).toEqual([[], []]);
  });
});
