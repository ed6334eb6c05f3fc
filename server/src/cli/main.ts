import { readFileSync } from "node:fs";
import { analyze, formatOf, parseConfigText, RULE_IDS, type Config } from "../core";
import { parseArgs, USAGE, type CliOptions } from "./args";
import { toReport, type FileFailure, type FileReport } from "./report";
import { formatStylish } from "./stylish";

/** Runs the CLI; returns the exit status: 0 clean, 1 error-severity findings, 2 usage or read errors. */
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
  const config = options.config === undefined ? undefined : loadConfig(options.config);
  if (config === null) failed = true;

  const results: Array<FileReport | FileFailure> = options.files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      failed = true;
      const reason = describeReadError(error);
      process.stderr.write(`apology-lint: cannot read ${file}: ${reason}\n`);
      return { file, error: reason };
    }
    return toReport(file, text, analyze(text, { format: formatOf(file), ...(config && { config }) }));
  });

  process.stdout.write(options.format === "json" ? `${JSON.stringify(results, null, 2)}\n` : formatStylish(results));
  if (failed) return 2;
  return results.some((r) => "diagnostics" in r && r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}

/** Reads a config file; on a problem says so on stderr. Returns null when it cannot be used at all. */
function loadConfig(path: string): Config | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    process.stderr.write(`apology-lint: cannot read config ${path}: ${describeReadError(error)}\n`);
    return null;
  }
  const { config, problems } = parseConfigText(text, RULE_IDS);
  for (const p of problems) process.stderr.write(`apology-lint: ${path}: ${p}; using the default\n`);
  return config;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (error as Error).message;
}

process.exitCode = main(process.argv.slice(2));
