export type OutputFormat = "stylish" | "json" | "sarif";

const FORMATS: readonly string[] = ["stylish", "json", "sarif"];

export interface CliOptions {
  readonly format: OutputFormat;
  /** A config file for every letter; without it `.apology-lint.json` is looked up from each letter's folder. */
  readonly config?: string;
  /** Apply every safe fix in place before reporting what remains. */
  readonly fix: boolean;
  readonly files: readonly string[];
}

export const USAGE = `usage: apology-lint [--format stylish|json|sarif] [--fix] [--config FILE] FILE...
  --format, -f   stylish (default), json (the documented JSON report) or sarif (SARIF 2.1.0)
  --fix          apply every safe fix in place, then report what remains
  --config, -c   use this config file for every letter; by default .apology-lint.json is
                 looked up from each letter's folder upward
exit status: 0 no errors, 1 error-severity findings remain, 2 usage, read or write errors`;

/** Parses the command line; throws a one-line message on a usage error. */
export function parseArgs(argv: readonly string[]): CliOptions | "help" {
  let format: OutputFormat = "stylish";
  let config: string | undefined;
  let fix = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--format" || flag === "-f") {
      const f = value();
      if (!FORMATS.includes(f)) throw new Error(`unknown format "${f}" (use ${FORMATS.join(", ")})`);
      format = f as OutputFormat;
    } else if (flag === "--config" || flag === "-c") config = value();
    else if (flag === "--fix") fix = true;
    else if (flag === "--") files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (flag.startsWith("-") && flag !== "-") throw new Error(`unknown option ${flag}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error("no files given");
  return { format, fix, ...(config !== undefined && { config }), files };
}
