import type { Letter, Sentence } from "../letter";
import type { ElementId } from "../types";

/** Finds the sentences of a letter that do one element's job (see corpus/LABELING.md). */
export interface ElementDetector {
  readonly id: ElementId;
  /** The guide's name for the element, e.g. "Take full responsibility". */
  readonly title: string;
  /** Short form for scorecards: "missing: commit to change". */
  readonly label: string;
  /** The guide's advice, shown in hovers and in the missing-element message. */
  readonly advice: string;
  /** A sentence that does the job, from the guide. */
  readonly example: string;
  find(letter: Letter): Sentence[];
}
