import { StatusBarAlignment, window, type Disposable, type StatusBarItem } from "vscode";

/** Shows the scorecard the server sends for the letter in the active editor. */
export class ScorecardStatus implements Disposable {
  private readonly item: StatusBarItem = window.createStatusBarItem("apologyLint.scorecard", StatusBarAlignment.Left, 100);
  private readonly byUri = new Map<string, string>();
  private readonly listener: Disposable = window.onDidChangeActiveTextEditor(() => this.render());

  constructor() {
    this.item.name = "Apology Lint scorecard";
    this.item.command = "apologyLint.showReport";
    this.item.tooltip = "Apology Lint: show the letter report";
  }

  update(uri: string, text: string | null): void {
    if (text === null) this.byUri.delete(uri);
    else this.byUri.set(uri, text);
    this.render();
  }

  private render(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const text = uri ? this.byUri.get(uri) : undefined;
    if (text) {
      this.item.text = `$(mail) ${text}`;
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
