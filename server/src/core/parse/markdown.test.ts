import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "./document";
import { formatOf, parseDocument } from "./index";
import { parseMarkdown } from "./markdown";

/** The prose with its blanks squeezed: what the rules read, without the offsets. */
const words = (text: string): string => parseMarkdown(text).prose.replace(/\s+/g, " ").trim();
const kinds = (text: string): string[] => parseMarkdown(text).lines.map((l) => l.kind);

/** Every character of the prose is the text's own, or a space standing in for syntax. */
function expectAligned(doc: ParsedDocument): void {
  expect(doc.prose.length).toBe(doc.text.length);
  for (let i = 0; i < doc.text.length; i++) {
    if (doc.prose[i] !== doc.text[i]) expect(doc.prose[i] === " " || (doc.text[i] === "\r" && doc.prose[i] === " "), `offset ${i}`).toBe(true);
  }
}

describe("parseMarkdown: front matter", () => {
  const text = "---\napology-lint: true\nticket: \"PRV-17\" \nowner: 'O''Brien'\nsent: 2024-03-19 # the day it went\nnested:\n  key: no\n---\nDear Sam,\n";

  it("reads top-level keys with unquoted values and without comments", () => {
    const { frontMatter } = parseMarkdown(text);
    expect(Object.fromEntries(frontMatter)).toEqual({ "apology-lint": "true", ticket: "PRV-17", owner: "O'Brien", sent: "2024-03-19", nested: "" });
  });

  it("is not prose: the letter starts after it", () => {
    expect(words(text)).toBe("Dear Sam,");
    expect(kinds(text).slice(0, 8)).toEqual(Array(8).fill("hidden"));
  });

  it("closes with `...` too, and may follow a byte-order mark", () => {
    const doc = parseMarkdown("\uFEFF---\napology-lint: false\n...\nHello Ana,");
    expect(doc.frontMatter.get("apology-lint")).toBe("false");
    expect(doc.prose.trim()).toBe("Hello Ana,");
  });

  it("is no front matter when it never closes, or does not start the document", () => {
    expect(parseMarkdown("---\napology-lint: true\nDear Sam,").frontMatter.size).toBe(0);
    expect(words("---\napology-lint: true\nDear Sam,")).toBe("apology-lint: true Dear Sam,");
    expect(parseMarkdown("Hi\n---\napology-lint: true\n---\n").frontMatter.size).toBe(0);
  });
});

describe("parseMarkdown: code, comments and markup are not prose", () => {
  it("blanks fenced code blocks (backticks and tildes, longer closing fences)", () => {
    expect(words("Sorry.\n\n```js\nconst sorry = 1;\n```\nThanks.")).toBe("Sorry. Thanks.");
    expect(words("A\n~~~~\ncode\n```\nstill code\n~~~~~\nB")).toBe("A B");
  });

  it("keeps an unclosed fence open to the end, as CommonMark does", () => {
    expect(words("A\n```\nnever closed\nB")).toBe("A");
  });

  it("blanks indented code after a blank line or a heading, not a continued paragraph or list item", () => {
    expect(words("We are sorry.\n\n    npm run fix\n    npm test\n\nThanks.")).toBe("We are sorry. Thanks.");
    expect(words("# Title\n    code\n")).toBe("Title");
    expect(words("We are sorry\n    that it broke.")).toBe("We are sorry that it broke.");
    expect(words("- We refunded you.\n\n    The money arrives Monday.")).toBe("We refunded you. The money arrives Monday.");
  });

  it("blanks inline code spans of any backtick length, and a lone backtick only", () => {
    expect(words("Run `npm ci` and ``a ` b`` now.")).toBe("Run and now.");
    expect(words("A ` stray backtick")).toBe("A stray backtick");
    expect(words("``a``` b ``c``")).toBe("c"); // a run closes only with a run of its own length
  });

  it("blanks HTML comments on one line and over several, keeping text after the close", () => {
    expect(words("We <!-- internal: blame vendor --> are sorry.")).toBe("We are sorry.");
    const text = "Sorry.\n<!-- draft note\nstill a comment\nend --> We fixed it.\nThanks.";
    expect(words(text)).toBe("Sorry. We fixed it. Thanks.");
    expect(kinds(text)).toEqual(["text", "hidden", "hidden", "text", "text"]);
  });

  it("keeps link text and blanks its target; blanks images, autolinks, bare URLs and emails", () => {
    const text = "See [our status page](https://status.example.com/x_(y) \"Status\") or ![logo](logo.png) <https://a.example> www.example.com/help, ana@acme.com.";
    expect(words(text)).toBe("See our status page or , .");
  });

  it("keeps reference links' text when the label is defined, and blanks the definition", () => {
    const text = "Read [the report][r] and [faq] or [Full][] now.\n\n[r]: https://x.example\n[FAQ]: https://y.example\n[full]: /z";
    expect(words(text)).toBe("Read the report and faq or Full now.");
    expect(words("Dear [Customer's Name], see [faq][nowhere].")).toBe("Dear [Customer's Name], see [faq][nowhere].");
  });

  it("blanks footnote marks", () => {
    expect(words("We refunded you.[^1]")).toBe("We refunded you.");
  });

  it("keeps template slots: [Customer's Name], <NAME>, {{first_name}}", () => {
    const text = "Dear [Customer's Name] and <NAME> and {{first_name}},\n\n[Your Name]";
    expect(parseMarkdown(text).prose).toBe(text);
  });

  it("blanks HTML tags but not a placeholder in angle brackets", () => {
    expect(words("<p>We are <strong>very</strong> sorry,<br/> <Customer Name>.</p>")).toBe("We are very sorry, <Customer Name>.");
  });

  it("blanks emphasis, strike-through, escapes, table pipes and a trailing backslash break", () => {
    expect(words("**We** are _truly_ ~~kind of~~ sorry\\\nfor the snake_case bug, \\*all\\* \\#1 of it.")).toBe("We are truly kind of sorry for the snake_case bug, *all * #1 of it.");
    expect(words("| Item | Refund |\n|---|---:|\n| Kettle | $20 |")).toBe("Item Refund Kettle $20");
  });

  it("blanks character references, keeping the & of &amp;", () => {
    expect(parseMarkdown("Kettle &amp; Co.&nbsp;Help").prose).toBe("Kettle &     Co.      Help");
  });
});

describe("parseMarkdown: line kinds", () => {
  it("tells headings (ATX and setext), list items, quotes, blanks and rules apart", () => {
    const text = "# Our apology #\n\nTitle\n=====\n\n- one\n2. two\n\n> You said\nthis too.\n> > and this\n\n***\n";
    expect(kinds(text)).toEqual(["heading", "blank", "heading", "hidden", "blank", "list-item", "list-item", "blank", "quote", "quote", "quote", "blank", "hidden", "blank"]);
    expect(words(text)).toBe("Our apology Title one two You said this too. and this");
  });

  it("keeps block quotes as quote lines: someone else's words, with the marker blanked", () => {
    const text = "You wrote:\n\n> I'm sorry, but this is the third time.\n\nI have read it.";
    const doc = parseMarkdown(text);
    const quote = doc.lines.find((l) => l.kind === "quote")!;
    expect(text.slice(quote.start, quote.end)).toBe("> I'm sorry, but this is the third time.");
    expect(doc.prose.slice(quote.start, quote.end)).toBe("  I'm sorry, but this is the third time.");
  });

  it("splits LF, CRLF and lone CR lines alike, and blanks the CR", () => {
    const doc = parseMarkdown("# Sorry\r\n\r\nDear Sam,\rThanks.\n");
    expect(doc.lines.map((l) => doc.text.slice(l.start, l.end))).toEqual(["# Sorry", "", "Dear Sam,", "Thanks.", ""]);
    expect(doc.prose).toBe("  Sorry \n \nDear Sam, Thanks.\n");
  });
});

describe("parseMarkdown: offsets", () => {
  const samples = [
    "---\na: b\n---\r\n# T\r\n\r\nDear **Sam**,\r\n\r\n> q\r\n\r\n```\r\nx\r\n```\r\n[a](b) ![c](d) <e@f.g> `h` <!-- i\r\n-->\r\n",
    "\uFEFFText [x][y] [y]: z\n[y]: /u\n&amp; &#x1F600; \\[no link\\](x)",
    "Emoji 😬 [link 😬](https://😬.example) `code 😬` <!-- 😬 -->",
  ];

  it("keeps prose the length of the text, each character its own or a space", () => {
    for (const text of samples) expectAligned(parseMarkdown(text));
  });

  it("holds for every corpus letter in both formats", () => {
    const corpus = join(__dirname, "../../../../test/fixtures/corpus");
    for (const file of readdirSync(corpus).filter((f) => /\.(?:md|txt)$/.test(f))) {
      const text = readFileSync(join(corpus, file), "utf8");
      expectAligned(parseDocument(text, "markdown"));
      expectAligned(parseDocument(text, "plaintext"));
    }
  });

  it("parses a long document in one linear pass (no slice of the rest per character)", () => {
    const hostile = "[`<".repeat(60_000) + "\n" + "a](".repeat(60_000) + "\n" + "``a ".repeat(40_000);
    const doc = parseMarkdown(hostile);
    expect(doc.prose.length).toBe(hostile.length);
  });
});

describe("formatOf", () => {
  it("reads Markdown extensions, and plain text otherwise", () => {
    expect(["a.md", "B.MARKDOWN", "c.letter.md", "d.mkd"].map(formatOf)).toEqual(["markdown", "markdown", "markdown", "markdown"]);
    expect(["a.txt", "b.letter", "c.apology", "md"].map(formatOf)).toEqual(["plaintext", "plaintext", "plaintext", "plaintext"]);
  });
});
