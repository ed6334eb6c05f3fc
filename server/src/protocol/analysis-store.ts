import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, formatOf, LineIndex, type Analysis, type AnalyzeOptions, type Config } from "../core";
import { formatOfLanguage } from "./scope";

export interface Analyzed {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

/** Analyzes each document version once, whoever asks first (diagnostics, hover, lens…). */
export class AnalysisStore {
  private readonly entries = new Map<string, { analyzed: Analyzed; config: Config }>();

  get(document: TextDocument, config: Config): Analyzed {
    const cached = this.entries.get(document.uri);
    if (cached && cached.analyzed.version === document.version && cached.config === config) return cached.analyzed;
    const text = document.getText();
    const format = formatOfLanguage(document.languageId) ?? formatOf(document.uri);
    const options = { format, config } as const;
    const analyzed = { uri: document.uri, version: document.version, text, options, analysis: analyze(text, options), lines: new LineIndex(text) };
    this.entries.set(document.uri, { analyzed, config });
    return analyzed;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
