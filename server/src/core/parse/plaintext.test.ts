import { describe, expect, it } from "vitest";
import { splitLines, urlSpans } from "./lines";
import { parsePlaintext } from "./plaintext";

const lineTexts = (text: string): string[] => splitLines(text).map((l) => text.slice(l.start, l.end));

describe("splitLines", () => {
  it("ends lines at LF, CRLF and a lone CR, without the terminator", () => {
    expect(lineTexts("a\nb\r\nc\rd")).toEqual(["a", "b", "c", "d"]);
    expect(lineTexts("a\r\n\r\n")).toEqual(["a", "", ""]);
    expect(lineTexts("")).toEqual([""]);
    expect(lineTexts("\r\r\n\n")).toEqual(["", "", "", ""]);
  });
});

describe("urlSpans", () => {
  const found = (line: string): string[] => urlSpans(line).map((s) => line.slice(s.start, s.end));

  it("finds web addresses without the punctuation that ends the sentence", () => {
    expect(found("See https://status.example.com/incidents/42. Or www.example.com, today.")).toEqual([
      "https://status.example.com/incidents/42",
      "www.example.com",
    ]);
  });

  it("finds bare lower-case domains and email addresses", () => {
    expect(found("Visit voltgo.example/warranty or acme.co.uk, or write to kari.lunde@nordlys.example.")).toEqual([
      "voltgo.example/warranty",
      "acme.co.uk",
      "kari.lunde@nordlys.example",
    ]);
  });

  it("leaves words with dots alone: brand names, abbreviations, file-like words", () => {
    expect(found("Amazon.com, Node.js, e.g. this, the community. 3.5 stars, Kettle & Co. Help, Dani @ KickLab")).toEqual([]);
  });
});

describe("parsePlaintext", () => {
  it("keeps everything as prose but list and quote markers, addresses and carriage returns", () => {
    const text = "Dear Sam,\r\n\r\n- We refunded $19.99.\r\n> I'm sorry, but it broke.\r\nSee https://x.example/a.\r\n";
    const doc = parsePlaintext(text);
    expect(doc.prose.length).toBe(text.length);
    expect(doc.prose).toBe("Dear Sam, \n \n  We refunded $19.99. \n  I'm sorry, but it broke. \nSee                    . \n");
    expect(doc.lines.map((l) => l.kind)).toEqual(["text", "blank", "list-item", "quote", "text", "blank"]);
    expect(doc.frontMatter.size).toBe(0);
  });

  it("does not read Markdown: emphasis, brackets, hashes and front matter stay as written", () => {
    const text = "---\napology-lint: true\n---\n# 1 **really** [Customer's Name] <NAME> `x`";
    const doc = parsePlaintext(text);
    expect(doc.prose).toBe(text);
    expect(doc.frontMatter.size).toBe(0);
  });

  it("blanks a byte-order mark and separates lone-CR lines", () => {
    const doc = parsePlaintext("\uFEFFHi Ana,\rSorry.");
    expect(doc.prose).toBe(" Hi Ana, Sorry.");
    expect(doc.lines.map((l) => doc.text.slice(l.start, l.end))).toEqual(["\uFEFFHi Ana,", "Sorry."]);
  });

  it("tells list items (bullets, numbers) from sentences that start with a number", () => {
    const kinds = parsePlaintext("• Refund\n2) Voucher\n3. Apology\n3.5 stars is fair.\n2024 was hard.").lines.map((l) => l.kind);
    expect(kinds).toEqual(["list-item", "list-item", "list-item", "text", "text"]);
  });
});
