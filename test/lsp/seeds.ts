import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type ElementId } from "../../server/src/core";

export const SEEDS = ["seed-1", "seed-2", "seed-3", "seed-4", "seed-5"] as const;

export function seedText(seed: string): string {
  return readFileSync(join(__dirname, "..", "fixtures", "corpus", `${seed}.txt`), "utf8");
}

/** The letter with every sentence that serves `element` cut out, as a writer might forget it. */
export function withoutElement(text: string, element: ElementId): string {
  let out = text;
  for (const s of [...analyze(text, { format: "plaintext" }).elements[element].evidence].reverse()) {
    out = out.slice(0, s.start) + out.slice(out[s.end] === " " ? s.end + 1 : s.end);
  }
  return out;
}
