import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, parseConfig, RULE_IDS, type AnalyzeOptions, type Config, type DocumentFormat } from "../../server/src/core";
import { applyFix, badSpan, hasLoneSurrogate, hostileText, mutatedLetter, spansOf, survivor, verdict } from "./hostile-text";

/** Fixed seeds: a failure reproduces with the same counterexample on every machine. */
const SEED = 20240611;
const RUNS = 600;


const format = fc.constantFrom<DocumentFormat>("plaintext", "markdown");
/** Sometimes a signature (so placeholder fixes are offered) and hostile vocabulary. */
const config: fc.Arbitrary<Config | undefined> = fc.option(
  fc.record({ name: fc.constantFrom("Daniel Reyes", "\u{1F600} \u05E9\u05DC\u05D5\u05DD", "e\u0301"), jargon: fc.constantFrom(["(a+)+$"], ["SLA", "[", "\\"], []) }).map(
    ({ name, jargon }) => parseConfig({ signature: { name, position: "Head of Care", company: "Acme" }, vocabulary: { jargon, accept: ["(a|a)*"], elements: { regret: ["*+?"] } } }, RULE_IDS).config,
  ),
  { nil: undefined },
);
const input = fc.record({ text: fc.oneof(hostileText, mutatedLetter), format, config });
const optionsOf = (i: { format: DocumentFormat; config: Config | undefined }): AnalyzeOptions => ({ format: i.format, ...(i.config && { config: i.config }) });

describe("analyze on hostile text (fast-check, seeded)", () => {
  it(`never throws, keeps every range inside the text on UTF-16 boundaries, and is deterministic (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(input, (i) => {
        const options = optionsOf(i);
        const first = analyze(i.text, options);
        expect(badSpan(i.text, spansOf(first))).toBeUndefined();
        expect(verdict(analyze(i.text, options))).toEqual(verdict(first));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);

  it(`every offered fix yields well-formed text and removes its own finding (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(input, (i) => {
        const options = optionsOf(i);
        const before = analyze(i.text, options).findings;
        for (const finding of before) {
          for (const fix of finding.fixes) {
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            edits.forEach((e, k) => expect(k === 0 || edits[k - 1]!.end <= e.start, `overlapping edits in "${fix.title}"`).toBe(true));
            const fixed = applyFix(i.text, fix);
            if (!hasLoneSurrogate(i.text)) expect(hasLoneSurrogate(fixed), `"${fix.title}" split a surrogate pair`).toBe(false);
            const left = survivor(finding, fix, before, analyze(fixed, options).findings);
            expect(left, `${finding.code}: "${fix.title}" left its finding in\n${JSON.stringify(fixed)}`).toBeUndefined();
          }
        }
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, 60_000);
});
