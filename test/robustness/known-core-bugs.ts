import type { DocumentFormat, Finding, Fix } from "../../server/src/core";

/**
 * Fix-property failures found by the property tests in core files this suite does not own. Each
 * has a minimal reproduction in known-core-bugs.test.ts (as `it.fails`): when the core is fixed
 * that test fails, and the entry here must go, so the property covers the case again.
 */
export interface KnownCoreBug {
  readonly id: string;
  readonly applies: (finding: Finding, fix: Fix, text: string, format: DocumentFormat) => boolean;
}

const glued = (fix: Fix, text: string): boolean =>
  fix.edits.some((e) => e.start === e.end && e.newText !== "" && ((/\S$/.test(e.newText) && /^\S/.test(text.slice(e.end))) || (/^\S/.test(e.newText) && /\S$/.test(text.slice(0, e.start)))));

export const KNOWN_CORE_BUGS: readonly KnownCoreBug[] = [
  { id: "flag-emoji-removed-by-halves", applies: (f, _fix, text) => f.code === "casual-tone" && /\p{Regional_Indicator}/u.test(text.slice(f.start, f.end)) },
  { id: "excuse-clause-removal-leaves-second-clause", applies: (f, fix) => f.code === "blame-shifting" && fix.title === "Remove the excuse" },
  { id: "generic-apology-fix-is-generic", applies: (f) => f.code === "generic-apology" },
  { id: "signoff-inserted-into-open-html-comment", applies: (f, _fix, text, format) => f.code === "missing-signoff" && format === "markdown" && text.includes("<!--") },
  { id: "missing-element-sentence-glued-to-neighbour", applies: (f, fix, text) => f.code.startsWith("missing-") && glued(fix, text) },
];

/** Span-property failures: an edit that ends between the halves of a surrogate pair. */
export const KNOWN_SPAN_BUGS: readonly string[] = ['edit of blame-shifting "Remove the excuse"'];
