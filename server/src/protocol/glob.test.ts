import { describe, expect, it } from "vitest";
import { globToRegExp } from "./glob";

const matches = (glob: string, path: string): boolean => globToRegExp(glob).test(path);

describe("globToRegExp", () => {
  it("matches the default include patterns", () => {
    expect(matches("**/*.letter.md", "/home/ana/work/refund.letter.md")).toBe(true);
    expect(matches("**/letters/**", "/home/ana/work/letters/2024/march.md")).toBe(true);
    expect(matches("**/apologies/**", "/repo/docs/apologies/outage.txt")).toBe(true);
    expect(matches("**/*.letter.md", "/home/ana/work/README.md")).toBe(false);
    expect(matches("**/letters/**", "/home/ana/newsletters/a.md")).toBe(false);
  });

  it("supports braces, ? and single stars without crossing folders", () => {
    expect(matches("**/*.{md,txt}", "/a/b.txt")).toBe(true);
    expect(matches("drafts/*.md", "/repo/drafts/a.md")).toBe(true);
    expect(matches("drafts/*.md", "/repo/drafts/x/a.md")).toBe(false);
    expect(matches("**/v?.md", "/a/v1.md")).toBe(true);
  });

  it("treats regular-expression characters literally", () => {
    expect(matches("**/(a+)+.md", "/x/(a+)+.md")).toBe(true);
    expect(matches("**/(a+)+.md", "/x/aaaa.md")).toBe(false);
  });
});
