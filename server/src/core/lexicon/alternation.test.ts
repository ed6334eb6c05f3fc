import { describe, expect, it, vi } from "vitest";
import { alternations, V8_OPTIMIZE_LIMIT } from "./alternation";

describe("alternations", () => {
  it("keeps a short list in one pattern that matches any of its parts as a word", () => {
    const [pattern, ...rest] = alternations(["late\\s+delivery", "wrong\\s+size"], "gi");
    expect(rest).toEqual([]);
    expect("the wrong size and a late delivery".match(pattern!)).toEqual(["wrong size", "late delivery"]);
    expect("prolate delivery".match(pattern!)).toBeNull();
  });

  it("splits a long list into patterns under V8's optimization limit, keeping every part in order", () => {
    const parts = Array.from({ length: 3000 }, (_, i) => `word${i}x`);
    const patterns = alternations(parts, "i");
    expect(patterns.length).toBeGreaterThan(1);
    for (const p of patterns) expect(p.source.length).toBeLessThan(V8_OPTIMIZE_LIMIT);
    expect(patterns.map((p) => p.source.slice(5, -1)).join("|")).toBe(parts.join("|"));
  });
});

describe("every pattern of the analysis", () => {
  it("stays under V8's 20 KB optimization limit", async () => {
    const sizes: number[] = [];
    const Native = RegExp;
    const spy = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        const source = typeof args[0] === "string" ? args[0] : args[0].source;
        sizes.push(source.length);
        return new target(...args);
      },
    });
    vi.resetModules();
    globalThis.RegExp = spy;
    try {
      await import("../index");
    } finally {
      globalThis.RegExp = Native;
    }
    // The spy sees the detectors' large phrase patterns (over 10 KB each), so the bound below can fail.
    expect(sizes.filter((n) => n > 10 * 1024).length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(V8_OPTIMIZE_LIMIT);
  });
});
