import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import { ELEMENT_DETECTORS, type Span } from "../core";
import type { Analyzed } from "./analysis-store";

/** The letter's outline: greeting, each element found (with its sentences), closing, P.S. */
export function documentSymbols(analyzed: Analyzed): DocumentSymbol[] {
  const { analysis, lines, text } = analyzed;
  const symbol = (name: string, kind: SymbolKind, span: Span, children?: DocumentSymbol[], detail?: string): DocumentSymbol => ({
    name,
    kind,
    range: lines.range(span.start, span.end),
    selectionRange: lines.range(span.start, span.end),
    ...(detail !== undefined && { detail }),
    ...(children && { children }),
  });
  const { greeting, closing, signature, postscript } = analysis.letter.structure;
  const symbols: DocumentSymbol[] = [];
  if (greeting) symbols.push(symbol("Greeting", SymbolKind.Key, greeting, undefined, text.slice(greeting.start, greeting.end)));
  for (const d of ELEMENT_DETECTORS) {
    const evidence = analysis.elements[d.id].evidence;
    if (!evidence.length) continue;
    const whole = { start: evidence[0]!.start, end: Math.max(...evidence.map((s) => s.end)) };
    const children = evidence.map((s) => symbol(excerpt(text.slice(s.start, s.end)), SymbolKind.String, s));
    symbols.push(symbol(d.title, SymbolKind.Event, whole, children));
  }
  if (closing) {
    const end = signature.at(-1)?.end ?? closing.end;
    symbols.push(symbol("Closing", SymbolKind.Key, { start: closing.start, end }, undefined, text.slice(closing.start, closing.end)));
  }
  if (postscript) symbols.push(symbol("P.S.", SymbolKind.Key, postscript));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function excerpt(sentence: string): string {
  const flat = sentence.replace(/\s+/g, " ");
  return flat.length > 70 ? `${flat.slice(0, 69)}\u2026` : flat;
}
