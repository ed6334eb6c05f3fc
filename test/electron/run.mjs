// Runs the extension's suite inside a real VS Code downloaded by @vscode/test-electron.
// Where no VS Code can be downloaded (as on machines without internet), it says so in one line
// and exits 0: the same flows are covered in code-server by the end-to-end suite.
import { downloadAndUnzipVSCode, runTests } from "@vscode/test-electron";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

let executable;
try {
  executable = await downloadAndUnzipVSCode({ version: "stable", timeout: 15_000, reporter: { report() {}, error() {} } });
} catch (error) {
  console.log(`electron suite skipped: no VS Code could be downloaded (${String(error?.message ?? error).split("\n")[0]})`);
  process.exit(0);
}

const workspace = mkdtempSync(join(tmpdir(), "apology-lint-electron-"));
writeFileSync(join(workspace, "README.md"), "# Notes\n\nHi there, sorry the docs are short.\n");
await runTests({
  vscodeExecutablePath: executable,
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, "out", "electron-suite.js"),
  launchArgs: [workspace, "--disable-extensions", "--skip-welcome", "--skip-release-notes"],
});
