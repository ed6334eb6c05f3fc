// Starts code-server (VS Code's workbench served to a browser) from the tools folder that
// scripts/e2e/install-tools.sh fills, with a throwaway profile that has the packaged extension.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";

const tools = process.env.APOLOGY_LINT_E2E_TOOLS ?? join(homedir(), ".cache", "apology-lint-e2e");
const binary = join(tools, "bin", "code-server");

/** What a new user would not want in the way: welcome pages, tips, trust prompts, minimap. */
const USER_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "extensions.ignoreRecommendations": true,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "chat.commandCenter.enabled": false,
  "workbench.layoutControl.enabled": false,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on",
  "editor.fontSize": 15,
  "editor.wordBasedSuggestions": "off",
  "editor.snippetSuggestions": "top",
  "editor.hover.delay": 300,
  "files.autoSave": "off",
  "git.enabled": false,
};

/**
 * Installs the .vsix into a fresh profile under `scratch` and serves `folder` on a free port.
 * Returns the URL to open and a stop() that kills the server (and its children).
 */
export async function startCodeServer({ scratch, folder, vsix }) {
  if (!existsSync(binary)) throw new Error(`code-server not found at ${binary}: run scripts/e2e/install-tools.sh`);
  const userData = join(scratch, "user-data");
  const extensions = join(scratch, "extensions");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(join(userData, "User", "settings.json"), JSON.stringify(USER_SETTINGS, null, 2));
  const common = ["--config", join(scratch, "config.yaml"), "--user-data-dir", userData, "--extensions-dir", extensions];

  const install = spawnSync(binary, [...common, "--install-extension", vsix], { encoding: "utf8", timeout: 120_000 });
  if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
    throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  const child = spawn(
    binary,
    [...common, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check",
      "--disable-workspace-trust", "--disable-getting-started-override", folder],
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const stop = () => {
    // detached: the server runs in its own process group, which holds the extension host too.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  // An interrupted run must not leave a server behind either.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start in 60 s:\n${output}`)), 60_000);
      const check = () => {
        if (/HTTP server listening on/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      child.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited with ${code}:\n${output}`));
      });
    });
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`, stop, log: () => output };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
