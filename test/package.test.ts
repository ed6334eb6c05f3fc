import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** The entries of a zip's central directory (a .vsix is a zip). */
function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The uncompressed content of one entry; sizes come from the central directory, which is always right. */
function zipEntry(zip: Buffer, entry: ZipEntry): string {
  const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString("utf8");
}

describe("the .vsix package", () => {
  it("holds the bundles, snippets, grammars and rule pages, and no node_modules or sources", () => {
    const out = join(mkdtempSync(join(tmpdir(), "apology-lint-vsix-")), "apology-lint.vsix");
    execFileSync(process.execPath, [join(ROOT, "node_modules", "@vscode", "vsce", "vsce"), "package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--out", out], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const zip = readFileSync(out);
    const all = zipEntries(zip);
    const entries = all.map((e) => e.name);
    expect(entries).toEqual(
      expect.arrayContaining([
        "extension/dist/extension.js",
        "extension/dist/server.js",
        "extension/snippets/apology-letters.json",
        "extension/syntaxes/apology-letter.tmLanguage.json",
        "extension/docs/rules/missing-regret.md",
        "extension/package.json",
        "extension/docs/screenshots/quick-fix.png",
      ]),
    );
    expect(entries.filter((e) => /node_modules|\.ts$|\.map$|^extension\/test\//.test(e))).toEqual([]);
    expect(JSON.parse(zipEntry(zip, all.find((e) => e.name === "extension/package.json")!)).main).toBe("./dist/extension.js");
    console.log(`vsix: ${(statSync(out).size / 1024).toFixed(1)} KB, ${entries.length} entries`);
  }, 60_000);
});
