// One esbuild script for every bundle the package ships.
import { build } from "esbuild";
import { cpSync } from "node:fs";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };

await Promise.all([
  build({ ...common, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } }),
  build({ ...common, entryPoints: ["server/src/server.ts"], outfile: "dist/server.js", banner: { js: "#!/usr/bin/env node" } }),
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  build({ ...common, entryPoints: ["test/electron/suite.ts"], outfile: "out/electron-suite.js", external: ["vscode"] }),
]);

// The spell check reads its dictionaries beside the bundles (server/src/core/spelling/load.ts).
for (const name of ["en", "en-gb"]) {
  for (const file of ["index.aff", "index.dic", "license"]) cpSync(`node_modules/dictionary-${name}/${file}`, `dist/dictionaries/${name}/${file}`);
}
