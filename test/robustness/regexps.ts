import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const ROOT = join(__dirname, "..", "..");
/** The shipped sources: the server (core, protocol, CLI) and the VS Code client. */
export const SOURCE_FOLDERS = ["server/src", "client/src"];

export interface RegExpSite {
  readonly file: string;
  readonly line: number;
}

export interface StaticRegExps {
  /** Every regular-expression literal, as source and flags. */
  readonly literals: ReadonlyArray<RegExpSite & { readonly source: string; readonly flags: string }>;
  /** Every `new RegExp(…)` / `RegExp(…)` call: its pattern is known only when the code runs. */
  readonly constructed: readonly RegExpSite[];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .map((f) => join(folder, f));
}

/** Parses every shipped TypeScript file and finds its regular expressions: literals by their token, constructions by their call. */
export function findRegExps(): StaticRegExps {
  const literals: Array<RegExpSite & { source: string; flags: string }> = [];
  const constructed: RegExpSite[] = [];
  for (const file of SOURCE_FOLDERS.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        literals.push({ file, line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        constructed.push({ file, line: lineOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

/** The shipped source file and line a stack trace's innermost project frame points at. */
export function siteOf(stack: string): RegExpSite | undefined {
  for (const line of stack.split("\n").slice(1)) {
    const m = /\(?((?:\/|[A-Za-z]:)[^():]+\.ts):(\d+):\d+\)?$/.exec(line.trim());
    if (!m) continue;
    const file = relative(ROOT, m[1]!).split("\\").join("/");
    if (SOURCE_FOLDERS.some((f) => file.startsWith(`${f}/`))) return { file, line: Number(m[2]) };
  }
  return undefined;
}
