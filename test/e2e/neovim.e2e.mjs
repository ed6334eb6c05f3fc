// End to end in Neovim 0.7: with the README's configuration (neovim-init.lua), its built-in LSP
// client runs the server (dist/server.js) on a letter, gets the diagnostics, asks for the quick
// fixes and applies "Add: …" (neovim.lua does the Neovim side and writes what it saw as JSON;
// this checks it). Run with `npm run test:e2e` (APOLOGY_LINT_SERVER=path tests another bundle).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const server = process.env.APOLOGY_LINT_SERVER ?? join(root, "dist", "server.js");
const fixture = join(root, "test", "e2e", "fixtures", "workspace", "letters", "missing-responsibility.letter.md");
const original = readFileSync(fixture, "utf8");

// The same letter under the three names a Neovim user gives letters; the filetype is what
// Neovim's detection (with the README's autocmd for .letter) makes of the name.
const CASES = [
  { file: "missing-responsibility.letter.md", filetype: "markdown" },
  { file: "missing-responsibility.txt", filetype: "text" },
  { file: "missing-responsibility.letter", filetype: "apology-letter" },
];

const scratch = mkdtempSync(join(tmpdir(), "apology-lint-nvim-"));
// The README's configuration runs `apology-lint-server` from PATH, as `npm install -g` puts it.
const bin = join(scratch, "bin");
mkdirSync(bin);
writeFileSync(join(bin, "apology-lint-server"), `#!/bin/sh\nexec node ${JSON.stringify(server)} "$@"\n`);
chmodSync(join(bin, "apology-lint-server"), 0o755);
const failed = [];
try {
  for (const { file, filetype } of CASES) {
    const name = `a letter in ${file} (filetype ${filetype})`;
    const started = Date.now();
    try {
      const workspace = join(scratch, filetype);
      mkdirSync(join(workspace, "letters"), { recursive: true });
      const letter = join(workspace, "letters", file);
      cpSync(fixture, letter);
      const out = join(scratch, `${filetype}.json`);
      const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-c", `luafile ${join(root, "test", "e2e", "neovim.lua")}`], {
        cwd: workspace,
        env: {
          ...process.env,
          PATH: `${bin}:${process.env.PATH}`,
          APOLOGY_LINT_INIT: join(root, "test", "e2e", "neovim-init.lua"),
          APOLOGY_LINT_LETTER: letter,
          APOLOGY_LINT_OUT: out,
        },
        encoding: "utf8",
        timeout: 90_000,
      });
      assert.equal(run.status, 0, `nvim exited with ${run.status} ${run.signal ?? ""}\n${run.stderr}`);
      const seen = JSON.parse(readFileSync(out, "utf8"));
      assert.equal(seen.error, undefined, `the Lua side failed: ${seen.error}`);
      assert.equal(seen.filetype, filetype);
      assert.equal(seen.attached, true, "the configuration did not attach the server");
      assert.equal(seen.diagnostics_arrived, true);
      assert.deepEqual(seen.codes_before, ["conditional-apology", "missing-responsibility"]);
      assert.deepEqual(seen.titles.slice(0, 2), [
        'Add: "I take full responsibility for the late delivery of your order."',
        'Add: "This was our mistake, not yours, and we own it."',
      ]);
      // The sentence lands right after the regret, and nothing else in the buffer changed.
      const expected = original.replace("arrived so late.", "arrived so late. I take full responsibility for the late delivery of your order.");
      assert.equal(seen.text, expected.replace(/\n$/, ""));
      assert.equal(seen.finding_gone, true, "missing-responsibility is still reported after the fix");
      assert.deepEqual(seen.codes_after, ["conditional-apology"]);
      console.log(`  ok ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed.push(name);
      console.error(`  FAILED ${name}\n${String(error.message).replace(/^/gm, "    ")}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed.length) {
  console.error(`neovim e2e: ${failed.length} of ${CASES.length} failed`);
  process.exit(1);
}
console.log(`neovim e2e: all ${CASES.length} cases passed`);
