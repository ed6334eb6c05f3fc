import { letterSignals, type DocumentFormat } from "../core";
import { compileGlob, type GlobMatcher } from "./glob";
import type { Scope } from "./settings";

export const LETTER_LANGUAGE = "apology-letter";
/**
 * Above this size (about 80,000 words, far beyond any letter) a document is declined with a
 * message: analysis is synchronous, and a bigger one would hold up the server on every keystroke.
 */
export const MAX_DOCUMENT_LENGTH = 500_000;
/** Never auto-detected as letters, whatever they say: project files that merely apologize. */
const PROJECT_FILE = /(?:^|\/)(?:readme|changelog|contributing|license|code_of_conduct|security|history)(?:\.[^/]*)?$/i;

/** Plain text is `plaintext` in VS Code and `text` in Neovim and Emacs. */
const PLAIN_TEXT_LANGUAGES = new Set(["plaintext", "text"]);

export function formatOfLanguage(languageId: string): DocumentFormat | undefined {
  if (languageId === "markdown") return "markdown";
  return PLAIN_TEXT_LANGUAGES.has(languageId) ? "plaintext" : undefined;
}

export type ScopeDecision = "analyze" | "skip" | "too-large";

/** Whether a document is an apology letter this server should analyze (PRODUCT.md). */
export function decideScope(uri: string, languageId: string, text: string, scope: Scope): ScopeDecision {
  if (!scope.enable) return "skip";
  const format = formatOfLanguage(languageId);
  if (languageId !== LETTER_LANGUAGE && !format) return "skip";
  if (text.length > MAX_DOCUMENT_LENGTH) return "too-large";
  if (languageId === LETTER_LANGUAGE) return "analyze";
  const path = pathOf(uri);
  const signals = letterSignals(text, format!);
  if (signals.optIn !== undefined) return signals.optIn ? "analyze" : "skip";
  if (scope.include.some((glob) => matchesGlob(glob, path))) return "analyze";
  return scope.autoDetect && !PROJECT_FILE.test(path) && signals.looksLikeLetter ? "analyze" : "skip";
}

const compiled = new Map<string, GlobMatcher>();

function matchesGlob(glob: string, path: string): boolean {
  let re = compiled.get(glob);
  if (!re) compiled.set(glob, (re = compileGlob(glob)));
  return re.test(path);
}

function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
