import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "missing-greeting";
const BODY = "I am sorry that your order arrived late; that was our mistake.\n\nWe have refunded the delivery charge.\n\nKind regards,\nAnna Berg";

describe("missing-greeting", () => {
  it("flags the first word of a letter that starts straight into the body", () => {
    expect(flagged(BODY, CODE)).toEqual(["I"]);
    expect(flagged(`Your parcel was late.\n\n${BODY}`, CODE)).toEqual(["Your"]);
  });

  it("does not flag a letter with a salutation, named or not", () => {
    for (const greeting of ["Dear Priya,", "Hello Tomasz,", "Dear Valued Customer,", "Hi there,", "To whom it may concern:", "Kia ora Mr Tupou,", "G'day Sam,"]) {
      expect(flagged(`${greeting}\n\n${BODY}`, CODE)).toEqual([]);
    }
  });

  it("inserts \"Dear Valued Customer,\" before the first line, which is then a greeting", () => {
    const fix = findingsOf(BODY, CODE)[0]!.fixes[0]!;
    expect(fix.safe).toBe(true);
    const fixed = applyFix(BODY, fix);
    expect(fixed).toBe(`Dear Valued Customer,\n\n${BODY}`);
    expect(findingsOf(fixed, CODE)).toEqual([]);
    expect(newErrors(analyzeText(BODY), analyzeText(fixed))).toEqual([]);
  });

  it("inserts after a Markdown title and front matter, keeping CRLF line endings", () => {
    const text = "---\ntitle: x\n---\n# Our apology\r\n\r\n" + BODY.replace(/\n/g, "\r\n");
    const found = analyze(text, { format: "markdown" }).findings.filter((f) => f.code === CODE);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["I"]);
    const fixed = applyFix(text, found[0]!.fixes[0]!);
    expect(fixed).toBe("---\ntitle: x\n---\n# Our apology\r\n\r\nDear Valued Customer,\r\n\r\n" + BODY.replace(/\n/g, "\r\n"));
    expect(analyze(fixed, { format: "markdown" }).findings.filter((f) => f.code === CODE)).toEqual([]);
  });

  it("says nothing about an empty document", () => {
    expect(flagged("", CODE)).toEqual([]);
  });
});
