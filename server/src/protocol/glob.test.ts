import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGlob } from "./glob";

const matches = (glob: string, path: string): boolean => compileGlob(glob).test(path);

describe("compileGlob", () => {
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

/** The straightforward backtracking translation, as a reference for what each glob means. */
function referenceRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, "\\$&")
    .replace(/\*\*\/|\*\*|\*|\?|\{([^}]*)\}?/g, (m, alternatives: string | undefined) =>
      m === "**/" ? "(?:[^/]*/)*" : m === "**" ? ".*" : m === "*" ? "[^/]*" : m === "?" ? "[^/]" : `(?:${alternatives!.split(",").join("|")})`,
    );
  return new RegExp(glob.startsWith("/") || glob.startsWith("**") ? `^${source}$` : `(?:^|/)${source}$`);
}

describe("compileGlob on any glob", () => {
  it("agrees with the backtracking translation (fast-check, 2000 runs, seeded)", () => {
    const glob = fc.array(fc.constantFrom("a", "b", "/", "*", "**", "**/", "?", ".", "{a,b}", "{,a/}"), { maxLength: 8 }).map((p) => p.join(""));
    const path = fc.array(fc.constantFrom("a", "b", "/", "."), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(fc.property(glob, path, (g, p) => compileGlob(g).test(p) === referenceRegExp(g).test(p)), { seed: 31337, numRuns: 2000 });
  });

  it("takes time linear in the path for globs that make a backtracking matcher explode", () => {
    const path = `/${"a/".repeat(2000)}${"a".repeat(5000)}`;
    for (const glob of ["*a*a*a*a*a*a*a*b", "**/**/**/**/**/**/**/x", "**a**a**a**a**a**b", `${"{a,b}".repeat(20)}*c`]) {
      const started = performance.now();
      expect(compileGlob(glob).test(path)).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
