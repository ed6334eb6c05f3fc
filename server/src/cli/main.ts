import "../regexp-compilation";
import { readFileSync } from "node:fs";
import { analyze, formatOf, type Config } from "../core";
import { parseArgs, USAGE, type CliOptions, type OutputFormat } from "./args";
import { readConfigFile } from "../files/config-file";
import { describeReadError } from "../files/read-error";
import { configFrom, LetterConfigs } from "./config-files";
import { BOM, decodeUtf8, fixFileText, writableTarget, writeFileAtomically } from "./fix-file";
import { toReport, type FileFailure, type FileReport } from "./report";
import { formatSarif } from "./sarif";
import { formatStylish } from "./stylish";

type Result = FileReport | FileFailure;

const FORMATTERS: Record<OutputFormat, (results: readonly Result[]) => string> = {
  stylish: formatStylish,
  json: (results) => `${JSON.stringify(results, null, 2)}\n`,
  sarif: formatSarif,
};

/** Runs the CLI; returns the exit status: 0 clean, 1 error-severity findings, 2 usage, read or write errors. */
export function main(argv: readonly string[]): number {
  let options: CliOptions | "help";
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`apology-lint: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = false;
  const warn = (line: string): void => void process.stderr.write(`apology-lint: ${line}\n`);
  const explicit = options.config === undefined ? undefined : configFrom(readConfigFile(options.config), warn);
  if (explicit === null) failed = true;
  const configFiles = new LetterConfigs(warn);

  const results: Result[] = options.files.map((file) => {
    let text: string;
    let utf8: boolean;
    try {
      const bytes = readFileSync(file);
      const decoded = decodeUtf8(bytes);
      utf8 = decoded !== undefined;
      text = decoded ?? bytes.toString("utf8");
    } catch (error) {
      failed = true;
      const reason = describeReadError(error);
      warn(`cannot read ${file}: ${reason}`);
      return { file, error: reason };
    }
    const config: Config | undefined = options.config === undefined ? configFiles.forFile(file) : explicit ?? undefined;
    const analyzeOptions = { format: formatOf(file), ...(config && { config }) };
    if (options.fix) {
      const fixed = fixFileText(text, analyzeOptions);
      if (fixed.text !== text) {
        // Rewriting a file that is not UTF-8 would replace its other characters: it is reported, not fixed.
        if (!utf8) {
          failed = true;
          warn(`not fixing ${file}: it is not UTF-8 text`);
        } else {
          try {
            const target = writableTarget(file, process.cwd());
            if ("refused" in target) {
              failed = true;
              warn(`not fixing ${file}: ${target.refused}`);
            } else {
              writeFileAtomically(target.path, fixed.text);
              text = fixed.text;
            }
          } catch (error) {
            failed = true;
            warn(`cannot write ${file}: ${describeReadError(error)}`);
          }
        }
      }
    }
    // Editors do not count a byte order mark, so ranges are given without it.
    const content = text.startsWith(BOM) ? text.slice(BOM.length) : text;
    return toReport(file, content, analyze(content, analyzeOptions));
  });

  process.stdout.write(FORMATTERS[options.format](results));
  if (failed) return 2;
  return results.some((r) => "diagnostics" in r && r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
