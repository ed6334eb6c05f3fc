import { describe, expect, it } from "vitest";
import { parseDocument, type DocumentFormat } from "../parse";
import { blankQuotations, MAX_SENTENCE_LENGTH, splitSentences, type Sentence } from "./sentences";
import { findStructure } from "./structure";

function sentencesOf(text: string, format: DocumentFormat = "plaintext"): Sentence[] {
  const doc = parseDocument(text, format);
  return splitSentences(doc, findStructure(doc));
}

/** The sentences as the original text they cover: exact spans, read as text. */
const split = (text: string, format?: DocumentFormat): string[] => sentencesOf(text, format).map((s) => text.slice(s.start, s.end));

describe("splitSentences: where sentences end", () => {
  it("does not end at a title or a common abbreviation", () => {
    expect(split("Mr. Haddad and Dr. Osei met Ms. Lee at St. Mary's. They agreed, e.g. on refunds, i.e. all of them. Prof. Ng cf. Fig. 2 too.")).toEqual([
      "Mr. Haddad and Dr. Osei met Ms. Lee at St. Mary's.",
      "They agreed, e.g. on refunds, i.e. all of them.",
      "Prof. Ng cf. Fig. 2 too.",
    ]);
  });

  it("ends after a.m., p.m., U.S. or etc. when a new sentence starts, not inside one", () => {
    expect(split("It arrived at 2:40 p.m., after you left. It was due by 10 a.m. We are sorry.")).toEqual([
      "It arrived at 2:40 p.m., after you left.",
      "It was due by 10 a.m.",
      "We are sorry.",
    ]);
    expect(split("We ship within the U.S. and Canada. We ship to the U.S. Next week we add Mexico.")).toEqual([
      "We ship within the U.S. and Canada.",
      "We ship to the U.S.",
      "Next week we add Mexico.",
    ]);
    expect(split("Kettles, toasters, etc. All of them. Call 9 a.m. to 5 p.m. daily.")).toEqual(["Kettles, toasters, etc.", "All of them.", "Call 9 a.m. to 5 p.m. daily."]);
  });

  it("does not end inside a number, a price or a web-like word", () => {
    expect(split("We refunded $19.99 and 3.5% interest on Node.js plans. Thanks.")).toEqual(["We refunded $19.99 and 3.5% interest on Node.js plans.", "Thanks."]);
  });

  it("keeps an abbreviation before a number, and ends a sentence at the same word used as a word", () => {
    expect(split("Your ticket is No. 5512 from Sat. 12 May. We said no. That was wrong.")).toEqual([
      "Your ticket is No. 5512 from Sat. 12 May.",
      "We said no.",
      "That was wrong.",
    ]);
  });

  it("keeps initials with their name, and the P.S. with its sentence", () => {
    expect(split("Dear Sam,\n\nJ. R. Smith will call. Thanks.\n\nBest,\nAna\n\nP.S. Your next order is on us.")).toEqual([
      "J. R. Smith will call.",
      "Thanks.",
      "P.S. Your next order is on us.",
    ]);
  });

  it("ends at an ellipsis before a capital, not before a lower-case word", () => {
    expect(split("We tried... and failed. Okay so… Saturday was a mess.")).toEqual(["We tried... and failed.", "Okay so…", "Saturday was a mess."]);
  });

  it("ends after repeated marks and closing quotes", () => {
    expect(split("Sorry about that!! Really?! You said \"never again.\" We agree. He asked \"why?\" and left.")).toEqual([
      "Sorry about that!!",
      "Really?!",
      "You said \"never again.\"",
      "We agree.",
      "He asked \"why?\" and left.",
    ]);
    expect(split("She wrote \u201cthis is the last time.\u201d (We know.) Then she left.")).toEqual(["She wrote \u201cthis is the last time.\u201d", "(We know.)", "Then she left."]);
  });

  it("ends at an emoji that stands for a full stop, and keeps an emoji after the punctuation", () => {
    expect(split("Oops, the app ate your points 🙈 Sorry about that!! 💐 We fixed it 👍\nThanks ✔ all")).toEqual([
      "Oops, the app ate your points 🙈",
      "Sorry about that!! 💐",
      "We fixed it 👍",
      "Thanks ✔ all",
    ]);
    expect(split("✔ Refund issued today.")).toEqual(["✔ Refund issued today."]);
  });

  it("ends at a colon that closes a line, before a list", () => {
    expect(split("Dear Sam,\n\nHere is what we did:\n- refunded the fee\n- sent a new kettle\n\nWe are sorry.")).toEqual([
      "Here is what we did:",
      "refunded the fee",
      "sent a new kettle",
      "We are sorry.",
    ]);
  });

  it("joins a paragraph's lines, but ends at a Markdown hard break before a capital", () => {
    expect(split("We are sorry that\nthe kettle broke.\nIt is\nreplaced.")).toEqual(["We are sorry that\nthe kettle broke.", "It is\nreplaced."]);
    expect(split("**Date:** 14 November  \n**Reference:** HV-22\\\nWe apologise.  \nfor it", "markdown")).toEqual([
      "Date:** 14 November",
      "Reference:** HV-22",
      "We apologise.  \nfor it",
    ]);
  });
});

describe("splitSentences: blocks, zones and kinds", () => {
  const text = [
    "---",
    "apology-lint: true",
    "---",
    "# Our apology",
    "",
    "Dear Ms. Okafor, thank you for writing.",
    "",
    "You wrote:",
    "",
    "> I'm sorry, but this is the third time.",
    "",
    "## What we did",
    "",
    "- Refunded the $149 fee",
    "- Added a check",
    "",
    "```",
    "Internal note. Do not send.",
    "```",
    "",
    "Sincerely,",
    "",
    "Daniel Reyes",
    "",
    "Oakridge Home - Furniture that lasts.",
    "",
    "P.S. Your credit never expires.",
  ].join("\n");
  const sentences = sentencesOf(text, "markdown");

  it("gives each sentence its zone, kind and paragraph, with exact spans", () => {
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.zone, s.kind, s.paragraph])).toEqual([
      ["Our apology", "title", "heading", 0],
      ["thank you for writing.", "body", "text", 1],
      ["You wrote:", "body", "text", 2],
      ["I'm sorry, but this is the third time.", "body", "quote", 3],
      ["What we did", "body", "heading", 4],
      ["Refunded the $149 fee", "body", "list-item", 5],
      ["Added a check", "body", "list-item", 6],
      ["P.S. Your credit never expires.", "postscript", "text", 7],
    ]);
  });

  it("holds the prose in `text`: same length as the span, syntax blanked", () => {
    for (const s of sentences) {
      expect(s.text.length).toBe(s.end - s.start);
      expect(s.text).toBe(parseDocument(text, "markdown").prose.slice(s.start, s.end));
    }
  });

  it("leaves out front matter, code, the greeting, the closing, the signature and a footer", () => {
    const all = sentences.map((s) => text.slice(s.start, s.end)).join(" ");
    for (const part of ["apology-lint", "Internal note", "Dear", "Sincerely", "Daniel", "Furniture"]) expect(all).not.toContain(part);
  });

  it("splits a plain-text letter with CRLF line endings at the same places", () => {
    const lf = "Hi Sam,\n\nSorry. We sent\nthe wrong size.\n\nBest,\nAna\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(split(crlf)).toEqual(["Sorry.", "We sent\r\nthe wrong size."]);
    expect(split(lf)).toEqual(["Sorry.", "We sent\nthe wrong size."]);
  });
});

describe("blankQuotations", () => {
  it("blanks double-quoted passages, keeping length and offsets", () => {
    const s = 'You said "I\'m sorry, but" and \u201cnever again\u201d twice.';
    expect(blankQuotations(s)).toBe(`You said ${" ".repeat(16)} and ${" ".repeat(13)} twice.`);
    expect(blankQuotations(s).length).toBe(s.length);
  });

  it("leaves a stray quotation mark and text without quotes alone", () => {
    expect(blankQuotations('He is 6" tall and sorry.')).toBe('He is 6" tall and sorry.');
  });
});

describe("splitSentences: long input", () => {
  it("splits half a megabyte in one pass, whatever its shape", () => {
    const shapes = [
      "We are sorry. ".repeat(36_000),
      `Dear Sam,\n\n${"word ".repeat(100_000)}`,
      `${"a".repeat(250_000)}${" ".repeat(250_000)}.`,
      "Mr. ".repeat(125_000),
      "😬 ".repeat(170_000),
      "- item\n".repeat(72_000),
      "...".repeat(170_000),
    ];
    for (const text of shapes) {
      expect(text.length).toBeGreaterThan(490_000);
      const sentences = sentencesOf(text, "markdown");
      for (const s of sentences) expect(s.end).toBeLessThanOrEqual(text.length);
    }
    expect(sentencesOf(shapes[0]!).length).toBe(36_000);
  });
});

describe("text without full stops", () => {
  it("is cut into pieces no longer than a sentence can be, at spaces, covering every word", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    const text = `Dear Sam,\n\n${words}\n`;
    const body = sentencesOf(text).filter((s) => s.zone === "body");
    expect(body.length).toBeGreaterThan(1);
    expect(Math.max(...body.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(body.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(words);
  });
});

describe("quoted passages", () => {
  it("are blanked from the writer's own words even when they run over several sentences", () => {
    const text = 'Dear Sam,\n\nYou wrote: "I am upset. Please refund the fee." We have looked into it.\n';
    const own = sentencesOf(text).filter((s) => s.zone === "body").map((s) => s.own.trim());
    expect(own).toEqual(["You wrote:", "", "We have looked into it."]);
  });
});
