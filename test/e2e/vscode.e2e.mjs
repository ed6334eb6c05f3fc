// End to end in a real VS Code: the packaged extension in code-server, driven through Debian's
// Chromium the way a new user would use it (keyboard, menus, what the screen shows).
// Saves the README's screenshots into docs/screenshots/. Run with `npm run test:e2e`
// (APOLOGY_LINT_VSIX=path tests another package than dist/apology-lint.vsix).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startCodeServer } from "./code-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const vsix = process.env.APOLOGY_LINT_VSIX ?? join(root, "dist", "apology-lint.vsix");
const shots = join(root, "docs", "screenshots");
const failures = join(root, "test-results");
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];
const WAIT = { timeout: 60_000 };

const scratch = mkdtempSync(join(tmpdir(), "apology-lint-e2e-"));
const folder = join(scratch, "workspace");
cpSync(join(root, "test", "e2e", "fixtures", "workspace"), folder, { recursive: true });
mkdirSync(shots, { recursive: true });

const started = Date.now();
let server;
let browser;
let page;
let current = "starting code-server";
try {
  server = await startCodeServer({ scratch, folder, vsix });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(WAIT.timeout);
  await step("open the workbench", async () => {
    await page.goto(server.url);
    await page.locator(".monaco-workbench").waitFor(WAIT);
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "letters" }).waitFor(WAIT);
  });

  const scorecard = page.locator(".statusbar-item", { hasText: /Apology \d\/5/ });
  const problems = page.locator(".markers-panel");
  const problem = (code) => problems.locator('.monaco-list-row[aria-level="2"]', { hasText: code });
  const editorText = async () => (await page.locator(".editor-group-container.active .view-lines").innerText()).replace(/\u00a0/g, " ");

  await step("(a) the Problems panel lists the letter's findings", async () => {
    await quickOpen("missing-responsibility.letter.md");
    await page.keyboard.press("Control+Shift+M");
    await problem("missing-responsibility").waitFor(WAIT);
    await problem("conditional-apology").waitFor(WAIT);
    assert.match(await problem("missing-responsibility").innerText(), /does not take responsibility/);
    assert.match(await problem("missing-responsibility").innerText(), /Ln 1, Col 1/, "a missing element sits on the greeting line");
    assert.match(await problem("conditional-apology").innerText(), /Ln 5, Col 55/);
    await settle();
    await page.screenshot({ path: join(shots, "problems.png") });
  });

  await step("(f) the status bar shows the scorecard", async () => {
    await scorecard.waitFor(WAIT);
    assert.match(await scorecard.innerText(), /Apology 4\/5 · missing: [^·]*responsibility · \d+ words/);
    await page.screenshot({ path: join(shots, "status-bar.png"), clip: { x: 0, y: 560, width: 1400, height: 340 } });
  });

  await step("(b) hovering a sentence explains the element it serves", async () => {
    const line = page.locator(".editor-group-container.active .view-line", { hasText: "To make it right" });
    const box = await line.boundingBox();
    await page.mouse.move(box.x + 60, box.y + 8);
    const hover = page.locator(".monaco-hover", { hasText: "this sentence does it" });
    await hover.waitFor(WAIT);
    assert.match(await hover.innerText(), /Offer to make amends — this sentence does it\./);
    await page.screenshot({ path: join(shots, "hover.png") });
    await page.mouse.move(700, 30);
    await page.keyboard.press("Escape");
    await hover.waitFor({ state: "hidden", ...WAIT });
  });

  await step("(c) Ctrl+. on the greeting offers the missing sentence, and it lands after the regret sentence", async () => {
    await page.locator(".editor-group-container.active .view-line", { hasText: "Dear Ms. Rivera," }).click();
    await page.keyboard.press("Control+Home");
    const letterBefore = readFileSync(join(folder, "letters", "missing-responsibility.letter.md"), "utf8");
    await page.keyboard.press("Control+.");
    const fixTitle = 'Add: "I take full responsibility for the late delivery of your order."';
    await page.locator(".action-widget .monaco-list-row.action", { hasText: fixTitle }).waitFor(WAIT);
    await focusMenuEntry(page.locator(".action-widget .monaco-list-row.action.focused"), fixTitle);
    await page.screenshot({ path: join(shots, "quick-fix.png") });
    await page.keyboard.press("Enter");
    await page.locator(".editor-group-container.active .view-lines", { hasText: "I take full responsibility for the late delivery" }).waitFor(WAIT);
    await problem("missing-responsibility").waitFor({ state: "detached", ...WAIT });
    await page.keyboard.press("Control+S");
    await page.locator(".tab.active.dirty").waitFor({ state: "detached", ...WAIT });
    const saved = readFileSync(join(folder, "letters", "missing-responsibility.letter.md"), "utf8");
    const inserted = " I take full responsibility for the late delivery of your order.";
    assert.match(saved, /\nI am truly sorry that your order arrived so late\. I take full responsibility for the late delivery of your order\./,
      "the sentence lands right after the regret, in the letter's order");
    assert.equal(saved.replace(inserted, ""), letterBefore, "nothing else in the letter changed");
    await scorecard.filter({ hasText: "Apology 5/5" }).waitFor(WAIT);
  });

  await step("(a) a README that greets and apologizes gets no findings", async () => {
    await quickOpen("README.md");
    await page.locator(".tab.active", { hasText: "README.md" }).waitFor(WAIT);
    await scorecard.waitFor({ state: "hidden", ...WAIT });
    // The server answers in order: once the letter opened after the README is analyzed, the README was too.
    await quickOpen("billing-refund.md");
    await scorecard.filter({ hasText: "Apology 5/5" }).waitFor(WAIT);
    assert.doesNotMatch(await problems.innerText(), /README/);
  });

  await step("(d) the apology-billing-error snippet in a new .letter file", async () => {
    // Explorer: select the letters folder, click "New File...", type the name.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "letters" }).click();
    await page.locator(".explorer-viewlet .pane-header").first().hover();
    await page.locator('.explorer-viewlet .action-label[aria-label^="New File"]').click();
    await page.locator(".explorer-folders-view .monaco-inputbox input").waitFor(WAIT);
    await page.keyboard.type("billing-error.letter");
    await page.keyboard.press("Enter");
    await page.locator(".tab.active", { hasText: "billing-error.letter" }).waitFor(WAIT);
    await page.locator(".editor-group-container.active .monaco-editor.focused").waitFor(WAIT);
    await page.keyboard.type("apology-billing-error");
    const suggestion = page.locator(".suggest-widget.visible .monaco-list-row.focused", { hasText: "apology-billing-error" });
    await suggestion.waitFor(WAIT);
    await page.mouse.move(900, 480); // off the explorer, whose tooltip would hide the letter
    await page.screenshot({ path: join(shots, "snippet-suggest.png") });
    await page.keyboard.press("Enter");
    await page.locator(".editor-group-container.active .view-lines", { hasText: "billing error that led to an incorrect charge" }).waitFor(WAIT);
    // The sample letter has all five elements; only its template slots are left to fill.
    await scorecard.filter({ hasText: "Apology 5/5" }).waitFor(WAIT);
    await problem("unfilled-placeholder").filter({ hasText: "[Customer's Name]" }).waitFor(WAIT);
    await settle();
    await page.screenshot({ path: join(shots, "snippet.png") });
    // The first tab stop selects "[Customer's Name]": typing replaces it; Tab moves to "[Your Name]".
    await page.keyboard.type("Mr. Okafor");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Priya Shah");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+S");
    await page.locator(".tab.active.dirty").waitFor({ state: "detached", ...WAIT });
    const text = readFileSync(join(folder, "letters", "billing-error.letter"), "utf8");
    assert.match(text, /^Hello Mr\. Okafor,\n/);
    assert.match(text, /\nPriya Shah {2}\n\[Your Position\] {2}\n\[Company Name\]\n/);
  });

  await step("(e) Apology Lint: New Letter from Template… opens the chosen sample letter", async () => {
    await runCommand("Apology Lint: New Letter from Template", "Apology Lint: New Letter from Template…");
    const situation = page.locator(".quick-input-list .monaco-list-row", { hasText: "product defect" });
    await situation.waitFor(WAIT);
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "billing error" }).waitFor(WAIT);
    await page.screenshot({ path: join(shots, "new-letter.png") });
    await situation.click();
    await page.locator(".tab.active", { hasText: "Untitled-1" }).waitFor(WAIT);
    await page.locator(".editor-group-container.active .view-lines", { hasText: "defect" }).waitFor(WAIT);
    await scorecard.waitFor(WAIT);
    assert.match(await page.locator(".statusbar-item", { hasText: "Apology Letter" }).innerText(), /Apology Letter/);
    assert.match(await editorText(), /Dear \[Customer's Name\],/);
  });

  await step("(g) the server dies; the client restarts it and diagnostics come back", async () => {
    await quickOpen("missing-responsibility.letter.md");
    await problem("missing-responsibility").waitFor({ state: "detached", ...WAIT });
    // Only this extension's server: its bundle sits in the extensions folder code-server was given.
    execFileSync("pkill", ["-KILL", "-f", "apology-lint.*dist/server\\.js"]);
    // Undo the fix from step (c): only a restarted server can report the missing sentence again.
    await page.locator(".editor-group-container.active .view-line", { hasText: "Dear Ms. Rivera," }).click();
    await page.keyboard.press("Control+Z");
    await page.locator(".editor-group-container.active .view-lines", { hasText: "I take full responsibility" }).waitFor({ state: "detached", ...WAIT });
    await problem("missing-responsibility").waitFor(WAIT);
    await scorecard.filter({ hasText: "Apology 4/5" }).waitFor(WAIT);
  });

  console.log(`vscode e2e: all steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`vscode e2e: FAILED at "${current}"`);
  if (page) {
    mkdirSync(failures, { recursive: true });
    await page.screenshot({ path: join(failures, "vscode-e2e-failure.png") }).catch(() => undefined);
    console.error(`  screen at the failure: ${join(failures, "vscode-e2e-failure.png")}`);
  }
  if (server) console.error(`  code-server log:\n${server.log().split("\n").slice(-30).join("\n")}`);
  throw error;
} finally {
  await browser?.close().catch(() => undefined);
  server?.stop();
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
}

async function step(name, body) {
  current = name;
  const t = Date.now();
  await body();
  console.log(`  ok ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

/** Ctrl+P, the file's name, Enter. */
async function quickOpen(name) {
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor(WAIT);
  await page.keyboard.type(name);
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: name }).waitFor(WAIT);
  await page.keyboard.press("Enter");
  await page.locator(".tab.active", { hasText: name.split("/").pop() }).waitFor(WAIT);
}

/** F1, the command's name, Enter on the entry that says `label`. */
async function runCommand(query, label) {
  await page.keyboard.press("F1");
  await page.locator(".quick-input-widget input").waitFor(WAIT);
  await page.keyboard.type(query);
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: label }).waitFor(WAIT);
  await page.keyboard.press("Enter");
}

/** Arrow-keys down a menu until its focused entry says `label` (as a keyboard user picks an entry). */
async function focusMenuEntry(focused, label) {
  for (let i = 0; i < 20; i++) {
    if ((await focused.count()) && (await focused.innerText()).includes(label)) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no menu entry "${label}"`);
}

/** Lets "Activating Extensions…" finish before a screenshot. */
async function settle() {
  await page.locator(".statusbar-item", { hasText: "Activating Extensions" }).waitFor({ state: "hidden", ...WAIT });
}
