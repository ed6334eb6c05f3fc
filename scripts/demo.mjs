// The newcomer's first look: the CLI on one of the guide's sample letters. The CLI exits 1 when
// error-severity findings remain (that is what CI gates on); the demo says so instead of failing.
import { spawnSync } from "node:child_process";

const letter = "test/fixtures/corpus/seed-1.txt";
console.log(`$ apology-lint ${letter}\n`);
const { status } = spawnSync(process.execPath, ["dist/cli.js", letter], { stdio: "inherit" });
const meaning = { 0: "no error-severity findings", 1: "error-severity findings remain (CI would fail)", 2: "usage or read error" };
console.log(`exit status ${status}: ${meaning[status] ?? "unexpected"}`);
