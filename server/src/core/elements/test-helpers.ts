/** Helpers for element tests: wrap a body in a plain-text letter and read one element's evidence. */
import { analyze } from "../analyze";
import type { ElementId } from "../types";

/** A complete plain-text letter around `body`, so only the body can supply evidence. */
export function letterAround(body: string): string {
  return `Dear Ms. Lee,\n\n${body}\n\nKind regards,\nAnna Smith\nCustomer Care\n`;
}

/** The text of each sentence that supplies `element` in a letter with this body. */
export function evidenceOf(element: ElementId, body: string): string[] {
  const text = letterAround(body);
  return analyze(text, { format: "plaintext" }).elements[element].evidence.map((s) => text.slice(s.start, s.end));
}
