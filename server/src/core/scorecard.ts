import { ELEMENT_DETECTORS } from "./elements";
import type { ElementId } from "./types";

/** "Apology 4/5 · missing: commit to change · 212 words" */
export function scorecard(elements: Readonly<Record<ElementId, { readonly present: boolean }>>, words: number): string {
  const missing = ELEMENT_DETECTORS.filter((d) => !elements[d.id].present).map((d) => d.label);
  const parts = [`Apology ${ELEMENT_DETECTORS.length - missing.length}/${ELEMENT_DETECTORS.length}`];
  if (missing.length) parts.push(`missing: ${missing.join(", ")}`);
  parts.push(`${words} words`);
  return parts.join(" \u00b7 ");
}
