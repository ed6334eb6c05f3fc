import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The rule pages ship with the package (`docs/rules/<id>.md`), so links work offline and
 * never send a letter's reader anywhere. The folder is found upward from this module, which
 * sits in `dist/` when bundled and in `server/src/protocol/` in tests.
 */
function findDocsFolder(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, "docs", "rules");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const folder = findDocsFolder();
const pages = new Map<string, string | undefined>();

/** The rule's documentation page as a file URI, when it ships. */
export function ruleDocsUri(code: string): string | undefined {
  if (!folder || !/^[a-z-]+$/.test(code)) return undefined;
  const path = join(folder, `${code}.md`);
  return existsSync(path) ? pathToFileURL(path).href : undefined;
}

/** A section of the rule's page ("Good", "Why it matters"), without its heading. */
export function ruleDocsSection(code: string, heading: string): string | undefined {
  if (!folder || !/^[a-z-]+$/.test(code)) return undefined;
  if (!pages.has(code)) {
    const path = join(folder, `${code}.md`);
    pages.set(code, existsSync(path) ? readFileSync(path, "utf8") : undefined);
  }
  const page = pages.get(code);
  if (!page) return undefined;
  const start = page.search(new RegExp(`^## ${heading}\\s*$`, "m"));
  if (start < 0) return undefined;
  const body = page.slice(page.indexOf("\n", start) + 1);
  const end = body.search(/^## /m);
  return (end < 0 ? body : body.slice(0, end)).trim() || undefined;
}
