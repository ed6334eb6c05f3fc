import { acknowledge } from "./acknowledge";
import { amends } from "./amends";
import { change } from "./change";
import type { ElementId } from "../types";
import type { ElementDetector } from "./detector";
import { regret } from "./regret";
import { responsibility } from "./responsibility";

export type { ElementDetector } from "./detector";

/** The five elements, in the order a letter should present them. */
export const ELEMENT_DETECTORS: readonly ElementDetector[] = [acknowledge, responsibility, regret, amends, change];

/** Builds a record with one entry per element. */
export function byElement<T>(value: (detector: ElementDetector) => T): Record<ElementId, T> {
  const out = {} as Record<ElementId, T>;
  for (const detector of ELEMENT_DETECTORS) out[detector.id] = value(detector);
  return out;
}
