export type OutputFormat = "stylish" | "json";

export interface CliOptions {
  readonly format: OutputFormat;
  readonly config?: string;
  readonly files: readonly string[];
}

export const USAGE = "usage: apology-lint [--format stylish|json] [--config FILE] FILE...";

/** Parses the command line; throws a one-line message on a usage error. */
export function parseArgs(argv: readonly string[]): CliOptions | "help" {
  let format: OutputFormat = "stylish";
  let config: string | undefined;
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
      if (f !== "stylish" && f !== "json") throw new Error(`unknown format "${f}" (use stylish or json)`);
      format = f;
    } else if (flag === "--config" || flag === "-c") config = value();
    else if (flag === "--") files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (flag.startsWith("-") && flag !== "-") throw new Error(`unknown option ${flag}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error("no files given");
  return { format, ...(config !== undefined && { config }), files };
}
