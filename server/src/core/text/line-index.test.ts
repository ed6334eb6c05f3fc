import { describe, expect, it } from "vitest";
import { LineIndex } from "./line-index";

describe("LineIndex", () => {
  const text = "Dear Sam,\r\n\r\nSorry 😬 about it.\nThanks\rAna";
  const lines = new LineIndex(text);

  it("turns offsets into 0-based lines and UTF-16 columns after LF, CRLF and lone CR", () => {
    expect(lines.position(0)).toEqual({ line: 0, character: 0 });
    expect(lines.position(text.indexOf("Sorry"))).toEqual({ line: 2, character: 0 });
    expect(lines.position(text.indexOf("about"))).toEqual({ line: 2, character: 9 }); // the emoji is two UTF-16 units
    expect(lines.position(text.indexOf("Thanks"))).toEqual({ line: 3, character: 0 });
    expect(lines.position(text.indexOf("Ana"))).toEqual({ line: 4, character: 0 });
    expect(lines.position(text.length)).toEqual({ line: 4, character: 3 });
  });

  it("turns positions back into the same offsets", () => {
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === "\r" && text[offset] === "\n") continue; // between CR and LF is no position
      expect(lines.offset(lines.position(offset))).toBe(offset);
    }
  });

  it("gives a range of two positions", () => {
    const start = text.indexOf("Sorry");
    expect(lines.range(start, start + 5)).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
  });

  it("clamps what lies outside the text, and a column past a line's end to that end", () => {
    expect(lines.position(-5)).toEqual({ line: 0, character: 0 });
    expect(lines.position(10_000)).toEqual({ line: 4, character: 3 });
    expect(lines.offset({ line: 0, character: 99 })).toBe("Dear Sam,".length);
    expect(lines.offset({ line: 3, character: 99 })).toBe(text.indexOf("\rAna"));
    expect(lines.offset({ line: -1, character: 4 })).toBe(0);
    expect(lines.offset({ line: 99, character: 0 })).toBe(text.length);
    expect(lines.offset({ line: 1, character: -3 })).toBe(text.indexOf("\r\n\r\n") + 2);
  });

  it("indexes an empty text", () => {
    const empty = new LineIndex("");
    expect(empty.position(0)).toEqual({ line: 0, character: 0 });
    expect(empty.offset({ line: 0, character: 5 })).toBe(0);
  });
});
