import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

/** The names in a zip's central directory (a .vsix is a zip). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** The uncompressed content of one entry. */
function zipEntry(zip: Buffer, name: string): string {
  const header = zip.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]), zip.indexOf(Buffer.from(name)) - 30);
  const method = zip.readUInt16LE(header + 8);
  const size = zip.readUInt32LE(header + 18);
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + size);
  return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
}

describe("the .vsix package", () => {
  it("holds the bundles, snippets, grammars and rule pages, and no node_modules or sources", () => {
    const out = join(mkdtempSync(join(tmpdir(), "apology-lint-vsix-")), "apology-lint.vsix");
    execFileSync(process.execPath, [join(ROOT, "node_modules", "@vscode", "vsce", "vsce"), "package", "--no-dependencies", "--allow-missing-repository", "--out", out], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const zip = readFileSync(out);
    const entries = zipEntries(zip);
    expect(entries).toEqual(
      expect.arrayContaining([
        "extension/dist/extension.js",
        "extension/dist/server.js",
        "extension/snippets/apology-letters.json",
        "extension/syntaxes/apology-letter.tmLanguage.json",
        "extension/docs/rules/missing-regret.md",
        "extension/package.json",
      ]),
    );
    expect(entries.filter((e) => /node_modules|\.ts$|\.map$|^extension\/test\//.test(e))).toEqual([]);
    expect(JSON.parse(zipEntry(zip, "extension/package.json")).main).toBe("./dist/extension.js");
    console.log(`vsix: ${(statSync(out).size / 1024).toFixed(1)} KB, ${entries.length} entries`);
  }, 60_000);
});
