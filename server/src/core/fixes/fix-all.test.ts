import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import type { Finding, Fix, TextEdit } from "../types";
import { applyFixes, fixAll } from "./fix-all";

const edit = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });
const fix = (safe: boolean, ...edits: TextEdit[]): Fix => ({ title: "t", safe, edits });
const finding = (...fixes: Fix[]): Finding => ({ start: 0, end: 0, code: "c", severity: "warning", message: "m", fixes });

describe("applyFixes", () => {
  it("applies the first safe fix of each finding, from the end so offsets stay valid", () => {
    const text = "one two three";
    const result = applyFixes(text, [
      finding(fix(false, edit(0, 3, "ONE")), fix(true, edit(0, 3, "1"))),
      finding(fix(true, edit(8, 13, "3"), edit(3, 4, "_"))),
    ]);
    expect(result).toEqual({ text: "1_two 3", applied: 2 });
  });

  it("skips a fix whose edits overlap an edit already chosen, and findings without a safe fix", () => {
    const text = "abcdef";
    const result = applyFixes(text, [
      finding(fix(true, edit(1, 3, "X"))),
      finding(fix(true, edit(2, 4, "Y"))),
      finding(fix(true, edit(1, 1, "Z"))),
      finding(fix(false, edit(5, 6, "W"))),
      finding(fix(true, edit(3, 3, "+"))),
    ]);
    expect(result).toEqual({ text: "aX+def", applied: 2 });
  });
});

describe("fixAll", () => {
  it("re-analyzes until nothing changes, and a second run changes nothing", () => {
    const text = "Dear Sam,\n\nI am so sorry that the the the parcel was late.\n\nBest regards,\nAna\n";
    const once = fixAll(text, { format: "plaintext" });
    expect(once.text).toContain("sorry that the parcel was late.");
    expect(analyze(once.text, { format: "plaintext" }).findings.filter((f) => f.code === "misspelling")).toEqual([]);
    expect(fixAll(once.text, { format: "plaintext" })).toEqual({ text: once.text, applied: 0 });
  });

  it("keeps a CRLF text's line endings", () => {
    const text = "Dear Sam,\r\n\r\nI am so sorry that the the parcel was late.\r\n\r\nBest regards,\r\nAna\r\n";
    expect(fixAll(text, { format: "plaintext" }).text).toBe("Dear Sam,\r\n\r\nI am so sorry that the parcel was late.\r\n\r\nBest regards,\r\nAna\r\n");
  });
});
