import type { Span } from "../types";

/** Collects the spans of a text that are not prose and renders the text with them blanked. */
export class Mask {
  private readonly spans: Span[] = [];

  constructor(private readonly text: string) {}

  hide(start: number, end: number): void {
    if (end > start) this.spans.push({ start, end });
  }

  /** The text with hidden spans and carriage returns as spaces; newlines are kept. */
  render(): string {
    const spans = this.spans.sort((a, b) => a.start - b.start);
    const parts: string[] = [];
    let at = 0;
    for (const { start, end } of spans) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      parts.push(this.text.slice(at, from), blank(this.text.slice(from, end)));
      at = end;
    }
    parts.push(this.text.slice(at));
    const prose = parts.join("");
    return prose.includes("\r") ? prose.replace(/\r/g, " ") : prose;
  }
}

function blank(s: string): string {
  return s.includes("\n") ? s.replace(/[^\n]/g, " ") : " ".repeat(s.length);
}
