import { readFileSync } from "node:fs";

/** One sample letter of the guide, as the snippet file holds it. */
export interface Template {
  readonly name: string;
  readonly prefix: string;
  readonly description: string;
  readonly body: string;
}

interface SnippetEntry {
  readonly prefix: string;
  readonly description?: string;
  readonly body: string | readonly string[];
}

/** The letter templates are the snippets themselves, so the two can never drift apart. */
export function readTemplates(snippetFile: string): Template[] {
  const snippets = JSON.parse(readFileSync(snippetFile, "utf8")) as Record<string, SnippetEntry>;
  return Object.entries(snippets)
    .filter(([, s]) => s.prefix.startsWith("apology-") && !s.prefix.startsWith("apology-sentence"))
    .map(([name, s]) => ({
      name,
      prefix: s.prefix,
      description: s.description ?? name,
      body: Array.isArray(s.body) ? s.body.join("\n") : (s.body as string),
    }));
}
