import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { DEFAULT_CONFIG } from "../config";
import { analyzeText, applyFix, findingsOf, flagged, newErrors } from "./test-helpers";

const CODE = "missing-signoff";
const BODY = "Dear Priya,\n\nI am sorry that your order arrived late; that was our mistake.\n\nWe have refunded the delivery charge.";

describe("missing-signoff", () => {
  it("flags the last word of a letter that ends with its body", () => {
    expect(flagged(BODY, CODE)).toEqual(["charge"]);
    expect(flagged(`${BODY}\n\nRef: CS-0098812\n`, CODE)).toEqual(["CS-0098812"]);
  });

  it("flags a closing with no name after it", () => {
    expect(flagged(`${BODY}\n\nKind regards,\n`, CODE)).toEqual(["Kind regards,"]);
  });

  it("does not flag a closing with a name or a team name, nor an informal sign-off", () => {
    for (const end of ["Kind regards,\nAnna Berg", "Sincerely,\n\nThe Northwind Team", "Warmly,\nJess\nPampered Paws", "See you at the next match,\nThe Ironclad Games crew"]) {
      expect(flagged(`${BODY}\n\n${end}`, CODE)).toEqual([]);
    }
  });

  it("without a configured signature, offers an unsafe fix signing as a team, which adds no error", () => {
    const fix = findingsOf(BODY, CODE)[0]!.fixes[0]!;
    expect(fix.safe).toBe(false);
    const fixed = applyFix(BODY, fix);
    expect(fixed).toBe(`${BODY}\n\nSincerely,\nThe Customer Care Team`);
    expect(findingsOf(fixed, CODE)).toEqual([]);
    expect(newErrors(analyzeText(BODY), analyzeText(fixed))).toEqual([]);
  });

  it("signs with the configured signature as a safe fix, before a P.S., keeping CRLF", () => {
    const config = { ...DEFAULT_CONFIG, signature: { name: "Anna Berg", company: "Northwind" } };
    const text = `${BODY}\n\nP.S. Your next delivery is free.\n`.replace(/\n/g, "\r\n");
    const found = analyze(text, { format: "plaintext", config }).findings.filter((f) => f.code === CODE);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["charge"]);
    const fix = found[0]!.fixes[0]!;
    expect(fix.safe).toBe(true);
    const fixed = applyFix(text, fix);
    expect(fixed).toBe(`${BODY}\n\nSincerely,\nAnna Berg\nNorthwind\n\nP.S. Your next delivery is free.\n`.replace(/\n/g, "\r\n"));
    expect(analyze(fixed, { format: "plaintext", config }).findings.filter((f) => f.code === CODE)).toEqual([]);
  });

  it("adds the name after a bare closing, with Markdown line breaks", () => {
    const text = `${BODY}\n\nKind regards,\n`;
    const config = { ...DEFAULT_CONFIG, signature: { name: "Anna Berg", position: "Customer Care Lead" } };
    const found = analyze(text, { format: "markdown", config }).findings.filter((f) => f.code === CODE);
    const fixed = applyFix(text, found[0]!.fixes[0]!);
    expect(fixed).toBe(`${BODY}\n\nKind regards,  \nAnna Berg  \nCustomer Care Lead\n`);
    expect(analyze(fixed, { format: "markdown", config }).findings.filter((f) => f.code === CODE)).toEqual([]);
  });
});
