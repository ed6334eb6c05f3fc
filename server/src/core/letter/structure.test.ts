import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatOf, parseDocument, type DocumentFormat } from "../parse";
import type { Span } from "../types";
import { findStructure } from "./structure";

/** The parts of a letter as the text they cover. */
function parts(text: string, format: DocumentFormat = "plaintext") {
  const s = findStructure(parseDocument(text, format));
  const of = (span: Span | undefined): string | undefined => span && text.slice(span.start, span.end);
  return {
    greeting: of(s.greeting),
    body: of(s.body)!.trim(),
    closing: of(s.closing),
    signature: s.signature.map((l) => of(l)),
    postscript: of(s.postscript),
  };
}

const BODY = "I am sorry that your order arrived late. That was our mistake.\n\nWe have refunded the delivery fee.";
const letter = (greeting: string, closing = "Kind regards,\nAnna Berg"): string => `${greeting}\n\n${BODY}\n\n${closing}\n`;

describe("findStructure: greeting", () => {
  it.each([
    "Dear Ms. Okafor,",
    "Dear Mr. and Mrs. Adeyemi,",
    "Hello [Customer's Name],",
    "Hi Priya,",
    "Dear Parent or Guardian,",
    "Dear Dr. J. R. Smith,",
    "To whom it may concern:",
    "Good morning Sam,",
    "Hey there!!",
    "Dear <NAME>,",
    "Hi {{first_name}},",
    "Dear valued customer",
    "To our customers,",
    "To all of our members:",
    "To everyone affected by Monday's outage:",
  ])("finds %s", (greeting) => {
    expect(parts(letter(greeting)).greeting).toBe(greeting);
  });

  it("takes an emoji after the greeting with it, but not a sentence on the same line", () => {
    expect(parts(letter("Hey Raiders! 👋")).greeting).toBe("Hey Raiders! 👋");
    const p = parts(letter("Hi Sam, thanks for writing to us."));
    expect(p.greeting).toBe("Hi Sam,");
    expect(p.body.startsWith("thanks for writing to us.")).toBe(true);
  });

  it("is found after a Markdown title, front matter, or a short letterhead", () => {
    expect(parts(`---\napology-lint: true\n---\n# Our apology\n\n${letter("Dear Sam,")}`, "markdown").greeting).toBe("Dear Sam,");
    expect(parts(`14 March 2024\nRe: Order 4411\n\n${letter("Dear Ms. Lee,")}`).greeting).toBe("Dear Ms. Lee,");
  });

  it.each([
    ["a pleasantry", "I hope this finds you well."],
    ["a word that starts like a salutation", "Hi-fi speakers should not arrive broken."],
    ["a body sentence", "Thank you for your patience."],
    ["a sentence addressed to a group", "To our customers who were affected, we apologise."],
    ["a purpose clause", "To make this right, we refunded you."],
  ])("is not %s", (_, first) => {
    const p = parts(letter(first));
    expect(p.greeting).toBeUndefined();
    expect(p.body.startsWith(first)).toBe(true);
  });

  it("is not a salutation that comes after the body has begun", () => {
    const text = `${"We are writing about the outage that affected your account on Monday and the days after it.\n\n"}Hi Sam,\n\n${BODY}`;
    expect(parts(text).greeting).toBeUndefined();
  });

  it("leaves the title out of the body when there is no greeting", () => {
    const p = parts(`# Incident summary\n\n${BODY}\n`, "markdown");
    expect(p.greeting).toBeUndefined();
    expect(p.body.startsWith("I am sorry")).toBe(true);
  });
});

describe("findStructure: closing and signature", () => {
  it.each([
    ["Sincerely,\nDaniel Reyes\nCustomer Care Lead, Oakridge Home", "Sincerely,", ["Daniel Reyes", "Customer Care Lead, Oakridge Home"]],
    ["Warm regards,\n[Your Name]\n[Your Position]\n[Company Name]", "Warm regards,", ["[Your Name]", "[Your Position]", "[Company Name]"]],
    ["Best regards,\n\nMarcus Lindqvist", "Best regards,", ["Marcus Lindqvist"]],
    ["Yours sincerely,\n\nAnjali Nair\nCustomer Relations", "Yours sincerely,", ["Anjali Nair", "Customer Relations"]],
    ["With my sincere apologies,\nDr. Helen Marsh", "With my sincere apologies,", ["Dr. Helen Marsh"]],
    ["Thanks again,\nKofi", "Thanks again,", ["Kofi"]],
    ["Cheers!\nDani @ KickLab", "Cheers!", ["Dani @ KickLab"]],
    ["All the best,\nThe NoteNest Team", "All the best,", ["The NoteNest Team"]],
    ["Thank you for your patience and understanding,\nThe Billing Office", "Thank you for your patience and understanding,", ["The Billing Office"]],
    ["Respectfully,\nAna", "Respectfully,", ["Ana"]],
    ["Yours,\nAna Berg", "Yours,", ["Ana Berg"]],
    ["Regards\nAna Berg\nNorthwind", "Regards", ["Ana Berg", "Northwind"]],
    ["With apology and gratitude,\n\nHannah Lee\nCEO, Tandem", "With apology and gratitude,", ["Hannah Lee", "CEO, Tandem"]],
    ["With our thanks and sincere apologies,\nThe Support Team", "With our thanks and sincere apologies,", ["The Support Team"]],
    ["Warmest,\nJo", "Warmest,", ["Jo"]],
    ["Kind regards,\n— Anna Berg", "Kind regards,", ["— Anna Berg"]],
  ])("finds %j", (closing, phrase, signature) => {
    const p = parts(letter("Dear Sam,", closing));
    expect(p.closing).toBe(phrase);
    expect(p.signature).toEqual(signature);
    expect(p.body.endsWith("delivery fee.")).toBe(true);
  });

  it("finds a closing with the name on its line", () => {
    expect(parts(letter("Hi Sam,", "Best, Ana"))).toMatchObject({ closing: "Best,", signature: ["Ana"] });
    expect(parts(letter("Hi Sam,", "Thanks — The KickLab Team"))).toMatchObject({ closing: "Thanks —", signature: ["The KickLab Team"] });
  });

  it("finds a name signed after a dash with no closing phrase", () => {
    expect(parts(letter("Hi all,", "— The Acme team"))).toMatchObject({ greeting: "Hi all,", closing: "—", signature: ["The Acme team"] });
    expect(parts(letter("Good afternoon,", "-- Sam"))).toMatchObject({ greeting: "Good afternoon,", closing: "--", signature: ["Sam"] });
    expect(parts(`Dear Sam,\n\n${BODY}\n\n— and we will call you tomorrow.\n`).closing).toBeUndefined();
  });

  it("finds an informal closing standing alone above the name block", () => {
    expect(parts(letter("Hi Sam,", "Thanks for sticking with us,\n\nOmar Whitfield\nVP of Engineering, Ledgerly"))).toMatchObject({
      closing: "Thanks for sticking with us,",
      signature: ["Omar Whitfield", "VP of Engineering, Ledgerly"],
    });
    expect(parts(letter("Hi Sam,", "Until the next release,\n\nThe Ledgerly team"))).toMatchObject({ closing: "Until the next release,", signature: ["The Ledgerly team"] });
    expect(parts(`Dear Sam,\n\n${BODY}\n\nIn the meantime,\n\nplease keep the receipt.\n`).closing).toBeUndefined();
  });

  it("finds an informal closing line followed by a short name block", () => {
    const p = parts(letter("Hey Raiders!", "GG and see you in Frostfall,\nThe Ironclad Games crew 🛡️"), "markdown");
    expect(p).toMatchObject({ closing: "GG and see you in Frostfall,", signature: ["The Ironclad Games crew 🛡️"] });
    expect(parts(letter("Hi Noor,", "See you at the next groom,\nJess\nPampered Paws"))).toMatchObject({ signature: ["Jess", "Pampered Paws"] });
  });

  it("finds a closing with no name after it, and no signature", () => {
    expect(parts(letter("Dear Sam,", "Kind regards,"))).toMatchObject({ closing: "Kind regards,", signature: [] });
  });

  it("is not a body sentence that starts like a closing", () => {
    const thanks = "Thank you for your patience, and for the detailed report.";
    expect(parts(`Dear Sam,\n\n${BODY}\n\n${thanks}\n`)).toMatchObject({ closing: undefined, signature: [] });
    expect(parts(`Dear Sam,\n\n${BODY}\n\n${thanks}\n\nBest regards,\nMarcus`)).toMatchObject({ closing: "Best regards,", signature: ["Marcus"] });
  });

  it("is not a short paragraph ending in a comma whose next line is a sentence", () => {
    const text = `Dear Sam,\n\n${BODY}\n\nIn the meantime,\nplease keep the receipt.\n`;
    expect(parts(text).closing).toBeUndefined();
  });

  it("leaves a footer tagline after the signature out of the signature and the body", () => {
    const text = letter("Dear Mr. Haddock,", "Yours sincerely,\n\nAnjali Nair\nCustomer Relations\n\nWestmere Railways - Committed to getting you there, every time.");
    const p = parts(text);
    expect(p.signature).toEqual(["Anjali Nair", "Customer Relations"]);
    expect(p.body).not.toContain("Committed");
  });
});

describe("findStructure: postscript", () => {
  it("is the P.S. paragraph after the signature, with any P.P.S.", () => {
    const text = letter("Dear Sam,", "Warmly,\nLucia\n\nP.S. Your next order is on us.\nUse code FIG40.\n\nP.P.S. We miss you.");
    const p = parts(text);
    expect(p.postscript).toBe("P.S. Your next order is on us.\nUse code FIG40.\n\nP.P.S. We miss you.");
    expect(p.signature).toEqual(["Lucia"]);
    expect(p.body.endsWith("delivery fee.")).toBe(true);
  });

  it.each(["PS: the voucher never expires.", "P.S the voucher never expires.", "ps. the voucher never expires."])("accepts %j", (ps) => {
    expect(parts(letter("Hi Noor,", `Kind regards,\nJess\n\n${ps}`)).postscript).toBe(ps);
  });

  it("is not a quoted P.S., nor a word starting with ps", () => {
    expect(parts(`${letter("Hi Noor,")}\n> P.S. from the customer\n`, "markdown").postscript).toBeUndefined();
    expect(parts(`Hi Noor,\n\nPS5 consoles ship Monday. Sorry for the wait.\n\nKind regards,\nJess`).postscript).toBeUndefined();
  });
});

describe("findStructure: corpus agreement", () => {
  const corpus = join(__dirname, "../../../../test/fixtures/corpus");
  const labels: { id: string; file: string; mistakes: string[] }[] = JSON.parse(readFileSync(join(corpus, "labels.json"), "utf8"));

  it("finds a greeting in exactly the letters not labelled missing-greeting", () => {
    const disagree = labels.filter((l) => {
      const s = findStructure(parseDocument(readFileSync(join(corpus, l.file), "utf8"), formatOf(l.file)));
      return (s.greeting === undefined) !== l.mistakes.includes("missing-greeting");
    });
    expect(disagree.map((l) => l.id)).toEqual([]);
  });

  it("finds a closing followed by a name in exactly the letters not labelled missing-signoff", () => {
    const disagree = labels.filter((l) => {
      const s = findStructure(parseDocument(readFileSync(join(corpus, l.file), "utf8"), formatOf(l.file)));
      return (s.closing !== undefined && s.signature.length > 0) === l.mistakes.includes("missing-signoff");
    });
    expect(disagree.map((l) => l.id)).toEqual([]);
  });

  it("reads a CRLF letter like its LF twin", () => {
    const text = readFileSync(join(corpus, "dev-009.txt"), "utf8");
    expect(text).toContain("\r\n");
    const crlf = parts(text);
    const lf = parts(text.replace(/\r\n/g, "\n"));
    expect(crlf).toEqual({ ...lf, body: lf.body.replace(/\n/g, "\r\n") });
    expect(crlf).toMatchObject({ greeting: "Dear Mr. Novak,", closing: "Yours sincerely,", signature: ["Alison Kerr", "Parking Services Manager", "Westbury City Council"] });
  });
});
