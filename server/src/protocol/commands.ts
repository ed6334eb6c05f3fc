import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Connection, TextEdit } from "vscode-languageserver";
import type { Analyzed } from "./analysis-store";
import { notify } from "./notify";
import { COMMANDS } from "./code-actions";
import { documentEdit } from "./convert";
import { fixAllEdit } from "./fix-all";
import { letterReport } from "./letter-report";
import { ruleDocsUri } from "./rule-docs";
import { CONFIG_FILE, type ConfigFileFinder } from "../files/config-file";

export interface CommandContext {
  readonly configFiles: ConfigFileFinder;
  /** Called after a command changed `.apology-lint.json`, so every letter is analyzed again. */
  readonly onConfigWritten: () => void;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The server-side commands behind code actions and the client's palette (they work in any editor). */
export async function runCommand(
  connection: Connection,
  command: string,
  args: readonly unknown[],
  analyzed: Analyzed | undefined,
  context: CommandContext,
): Promise<unknown> {
  if (command === COMMANDS.learn) return learn(connection, String(args[0]));
  if (!analyzed) return null;
  switch (command) {
    case COMMANDS.fixAll: {
      const edit = fixAllEdit(analyzed);
      return edit ? apply(connection, analyzed, [edit], "Fix all Apology Lint problems") : false;
    }
    case COMMANDS.disableRule:
      return disableRule(connection, analyzed, String(args[1]), context);
    case COMMANDS.report:
      return letterReport(analyzed, decodeURIComponent(basename(analyzed.uri)));
    case COMMANDS.fillSignature:
      return fillSignature(connection, analyzed);
    default:
      throw new Error(`unknown command ${command}`);
  }
}

async function apply(connection: Connection, analyzed: Analyzed, edits: TextEdit[], label: string): Promise<boolean> {
  const result = await connection.workspace.applyEdit({ label, edit: documentEdit(analyzed.uri, analyzed.version, edits) });
  return result.applied;
}

async function learn(connection: Connection, code: string): Promise<boolean> {
  const uri = ruleDocsUri(code);
  if (!uri) {
    notify(connection, "info", `Apology Lint: no documentation for "${code}".`);
    return false;
  }
  const shown = await connection.window.showDocument({ uri }).catch(() => ({ success: false }));
  if (!shown.success) notify(connection, "info", `Apology Lint: ${code} is documented in ${fileURLToPath(uri)}`);
  return shown.success;
}

/** Markdown keeps the choice in the letter itself; plain text has no comments, so the workspace config does. */
async function disableRule(connection: Connection, analyzed: Analyzed, code: string, context: CommandContext): Promise<boolean> {
  if (analyzed.options.format === "markdown") {
    const at = FRONT_MATTER.exec(analyzed.text)?.[0].length ?? 0;
    const eol = analyzed.text.includes("\r\n") ? "\r\n" : "\n";
    const position = analyzed.lines.position(at);
    return apply(connection, analyzed, [{ range: { start: position, end: position }, newText: `<!-- apology-lint-disable ${code} -->${eol}` }], `Disable ${code}`);
  }
  if (!analyzed.uri.startsWith("file:")) {
    notify(connection, "info", `Apology Lint: save the letter first; ${code} is then turned off in ${CONFIG_FILE}.`);
    return false;
  }
  const folder = dirname(fileURLToPath(analyzed.uri));
  const existing = context.configFiles.find(folder);
  const path = existing?.path ?? join(folder, CONFIG_FILE);
  let config: Record<string, unknown> = {};
  if (existing) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not a JSON object");
      config = parsed as Record<string, unknown>;
    } catch (error) {
      // Never overwrite a file we cannot read back: the user would lose their settings.
      notify(connection, "error", `Apology Lint: ${path} could not be read (${(error as Error).message}); it was left unchanged.`);
      return false;
    }
  }
  const rules = typeof config.rules === "object" && config.rules !== null ? (config.rules as Record<string, unknown>) : {};
  config.rules = { ...rules, [code]: "off" };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(temporary, path);
  context.configFiles.clear();
  context.onConfigWritten();
  return true;
}

async function fillSignature(connection: Connection, analyzed: Analyzed): Promise<boolean> {
  const edits = analyzed.analysis.findings
    .filter((f) => f.code === "unfilled-placeholder")
    .flatMap((f) => f.fixes.find((fix) => fix.safe)?.edits ?? [])
    .map((e) => ({ range: analyzed.lines.range(e.start, e.end), newText: e.newText }));
  if (!edits.length) {
    notify(connection, "info", "Apology Lint: nothing to fill. Set apologyLint.signature (name, position, company) to fill [Your Name] and the rest.");
    return false;
  }
  return apply(connection, analyzed, edits, "Fill signature");
}
