# Set-up steps shared by the README's two commands, so each works from a clean clone. Sourced.

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Installs the locked versions when node_modules is missing or came from another package-lock.json.
# `npm install --no-save`, not `npm ci`: the registry this project can reach does not serve other platforms'
# optional binaries (@next/swc-darwin-*, ...), so the lockfile cannot list them and `npm ci` refuses it as out
# of sync, while `npm install` installs exactly the locked versions and leaves the lockfile alone.
ensure_node_modules() {
  local stamp=node_modules/.rcc-lock-hash want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  step "npm install (locked versions)"
  npm install --no-save --no-audit --no-fund || return 1
  echo "$want" >"$stamp"
}

# Debian's Chromium for Playwright (it cannot download its own browsers here). Installed with apt when
# missing, if we are root and RCC_NO_APT is not set; otherwise say what to do.
ensure_chromium() {
  local browser="${PLAYWRIGHT_CHROMIUM_PATH-/usr/bin/chromium}"
  [ -z "$browser" ] || [ -x "$browser" ] && return 0
  if [ "$(id -u)" = 0 ] && [ -z "${RCC_NO_APT:-}" ] && command -v apt-get >/dev/null; then
    step "installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/rcc-apt-chromium.log 2>&1 \
      || { echo "apt-get install chromium failed; see /tmp/rcc-apt-chromium.log"; return 1; }
    return 0
  fi
  echo "No Chromium at $browser: install Debian's chromium package, or set PLAYWRIGHT_CHROMIUM_PATH"
  return 1
}

# Builds the console unless the build is newer than every source file.
ensure_build() {
  if [ -f .next/BUILD_ID ] && [ -z "$(find app components lib types instrumentation.ts next.config.js package-lock.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
    return
  fi
  step "next build"
  npx next build
}
