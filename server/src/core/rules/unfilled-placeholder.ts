import type { Signature } from "../config";
import type { Letter } from "../letter";
import type { Fix, Span } from "../types";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { within } from "./writer-text";

/**
 * Template slots: [Bracketed Words], {{merge_field}}, {name}, %NAME%, <NAME>, <<NAME>>, and
 * X-runs standing for numbers (XX%, $XX, XXX). A bracket followed by "(" or "[" is a link.
 * The leading lookahead lets the engine skip every position where no slot can start.
 */
const SLOT =
  /(?=[[{%<$£€Xx])(?:(?<![\]!])\[\[?([^[\]\n]{1,40})\]\]?(?![([:])|\{\{[^{}\n]{1,40}\}\}|\{[A-Za-z_][\w .-]{0,30}\}|%[A-Za-z_]{2,30}%|<<?([A-Za-z][\w ]{0,30})>>?|(?<![\p{L}\p{N}])(?:[$£€]\s?)?(?:X{2,}(?:[.,:/-]X+)*%?|X%)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[$£€]\s?x{2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])x{2,}%)/gu;
/** Runs of underscores left as blanks to fill in. */
const BLANK = /_{3,}/g;
/** Words that name what a slot stands for, in any case: "[date]", "[INSERT AMOUNT]", "<NAME>". */
const SLOT_WORD = /\b(?:name|first|last|date|time|amount|sum|number|position|title|role|company|business|organi[sz]ation|address|product|item|order|email|phone|reference|ref|customer|client|recipient|signature|insert|enter|add|fill|details?|here|location|city|store|link|url|code|price|discount|percentage|quantity|month|day|year)\b/i;
/** A bracketed Title Case phrase is a slot ("[Customer's Name]"); these bracketed words are editorial. */
const EDITORIAL = /^(?:sic|redacted|emphasis added|image|photo|picture|attachment|video|audio|inaudible|laughs?|translated)$/i;
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'\u2019.]*|of|and|or|the|for|to|a|an|in|&|\/|-|#)$/u;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?\s+$/;

type SlotKind = "customer" | "name" | "position" | "company" | "other";
const WRITER_NAME = /\b(?:your|my|sender|agent|representative|rep)(?:['\u2019]s)?\s+(?:full\s+)?name\b/i;
const POSITION = /\b(?:position|job\s+title|title|role|designation)\b/i;
const COMPANY = /\b(?:company|business|organi[sz]ation)\b/i;
const CUSTOMER_NAME = /^(?:(?:customer|client|recipient|guest|member|user|first|last|full)(?:['\u2019]?s)?\s+)*(?:first\s+|last\s+|full\s+)?name$/i;

export const unfilledPlaceholder: Rule = {
  meta: {
    id: "unfilled-placeholder",
    description: "A template slot left in the letter: [Customer's Name], {{first_name}}, <NAME>, XX%.",
    advice: "Templates can guide you, but always customize them: a letter with a slot left in tells the customer it was not written for them.",
    defaultSeverity: "error",
    fixable: true,
  },
  check({ letter, config }: RuleContext): RuleFinding[] {
    const slots = merged(findSlots(letter), letter.doc.text);
    const closingOn: Span[] = [...letter.structure.signature, ...(letter.structure.closing ? [letter.structure.closing] : [])];
    const kinds = new Map<string, SlotKind>();
    return slots.map((slot) => {
      const text = letter.doc.text.slice(slot.start, slot.end);
      const inSignature = within(closingOn, slot.start);
      // A template leaves the same slot many times ("[Customer's Name]"): read each wording once.
      const key = `${inSignature ? "s" : "b"}${text}`;
      let kind = kinds.get(key);
      if (kind === undefined) kinds.set(key, (kind = kindOf(text, inSignature)));
      return {
        ...slot,
        message: `"${text}" is a template slot left unfilled. The customer sees at once that the letter was not written for them.`,
        fixes: fixesFor(letter, slot, kind, config.signature),
      };
    });
  },
};

/** The template slots of the letter, in order. */
export function findSlots(letter: Letter): Span[] {
  const { prose, text, lines } = letter.doc;
  const out: Span[] = [];
  for (const m of prose.matchAll(SLOT)) {
    const inner = m[1] ?? m[2];
    if (inner !== undefined && !isSlotWording(inner, m[2] !== undefined)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  // Markdown blanks underscores as emphasis, so blanks are looked for in the text of prose lines.
  if (text.includes("___")) {
    for (const line of lines) {
      if (line.kind === "hidden" || line.kind === "blank") continue;
      for (const m of text.slice(line.start, line.end).matchAll(BLANK)) out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Bracketed words are a slot when they are Title Case ("[Customer Name]") or name a slot ("[date]", "<NAME>"). */
function isSlotWording(inner: string, angled: boolean): boolean {
  const words = inner.trim().split(/\s+/);
  if (!words[0] || EDITORIAL.test(inner.trim())) return false;
  if (SLOT_WORD.test(inner)) return true;
  if (angled) return /^[\p{Lu}_ ]+$/u.test(inner) && inner.length > 1;
  // One Title Case word in brackets is as often a label ("[Updated]") as a slot: it needs a slot word.
  return words.length > 1 && words.every((w) => TITLE_WORD.test(w)) && /\p{Ll}/u.test(inner) && /\p{Lu}/u.test(inner);
}

/** "[First Name] [Last Name]" is one slot. */
function merged(slots: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of slots) {
    const last = out.at(-1);
    if (last && s.start >= last.end && /^[ \t]?$/.test(text.slice(last.end, s.start))) out[out.length - 1] = { start: last.start, end: s.end };
    else out.push(s);
  }
  return out;
}

function kindOf(text: string, inSignature: boolean): SlotKind {
  const words = text.replace(/[[\]{}<>%_]+/g, " ").replace(/\s+/g, " ").trim();
  if (WRITER_NAME.test(words)) return "name";
  if (POSITION.test(words)) return "position";
  if (COMPANY.test(words)) return "company";
  const parts = text.split(/(?<=[\]}>%])\s(?=[[{<%])/);
  if (parts.every((p) => CUSTOMER_NAME.test(p.replace(/[[\]{}<>%_]+/g, " ").replace(/\s+/g, " ").trim()))) return inSignature ? "name" : "customer";
  return "other";
}

function fixesFor(letter: Letter, slot: Span, kind: SlotKind, signature: Signature): Fix[] {
  if (kind === "customer") {
    const honorific = HONORIFIC.exec(letter.doc.text.slice(Math.max(0, slot.start - 8), slot.start));
    const start = honorific ? slot.start - honorific[0].length : slot.start;
    return [{ title: `Replace with "Valued Customer"`, edits: [{ start, end: slot.end, newText: "Valued Customer" }], safe: true }];
  }
  const configured = kind === "other" ? undefined : signature[kind];
  return configured ? [{ title: `Fill in "${configured}" from your signature settings`, edits: [{ ...slot, newText: configured }], safe: true }] : [];
}
