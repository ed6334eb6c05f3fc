#!/usr/bin/env bash
# Installs what the end-to-end suites need: Debian's Chromium, Neovim and ripgrep, and code-server
# (VS Code's workbench served to a browser) in a tools folder outside the repository.
# Idempotent: every step is skipped when its result is already there. Needs root for apt-get.
# Network: only Debian's package archive and the npm registry (code-server's own install script
# downloads ripgrep from the internet, so it is skipped and its steps are done here by hand).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # the newest release that runs on Node 20
tools="${APOLOGY_LINT_E2E_TOOLS:-$HOME/.cache/apology-lint-e2e}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
log() { echo "install-tools: $*"; }

# 1. Debian packages.
missing=()
for pkg in chromium ripgrep libkrb5-dev neovim fonts-dejavu-core fonts-liberation; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. code-server, following reference/environment.md step by step.
cs="$tools/code-server-$CODE_SERVER_VERSION"
stamp="$cs/.installed"
if [ ! -f "$stamp" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $cs"
  mkdir -p "$cs"
  # A package.json of its own keeps npm from walking up into another project.
  [ -f "$cs/package.json" ] || echo '{"name":"apology-lint-e2e-tools","private":true}' >"$cs/package.json"
  (cd "$cs" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$CODE_SERVER_VERSION")
  vscode="$cs/node_modules/code-server/lib/vscode"
  (
    cd "$vscode"
    npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts
    npm rebuild --loglevel=error kerberos @vscode/spdlog native-watchdog @vscode/deviceid
    npm_config_yes=true npm rebuild --loglevel=error node-pty
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    ln -sfn node_modules node_modules.asar
  )
  # npm hoists argon2 next to code-server, so it is rebuilt from the tools folder's root.
  (cd "$cs" && npm rebuild --loglevel=error argon2)
  touch "$stamp"
fi
# A stable path for the test runner, whatever the version.
mkdir -p "$tools/bin"
ln -sfn "$cs/node_modules/.bin/code-server" "$tools/bin/code-server"
log "code-server $CODE_SERVER_VERSION: $tools/bin/code-server"

# 3. playwright-core (a devDependency; `npm ci` normally brings it already).
if ! (cd "$root" && node -e "require.resolve('playwright-core')" 2>/dev/null); then
  log "installing playwright-core"
  (cd "$root" && npm install --no-audit --no-fund --loglevel=error --no-save \
    "playwright-core@$(node -p "require('./package.json').devDependencies['playwright-core']")")
fi
