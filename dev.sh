#!/usr/bin/env bash
# HipAid's two developer commands, for a fresh Debian/Ubuntu machine or a prepared one:
#
#   ./dev.sh run    installs what is missing, builds the UI and opens the app
#   ./dev.sh test   installs what is missing and runs every check and test:
#                   format, lints, type checks, Rust unit and acceptance tests,
#                   browser tests (Chromium), and the real app end to end (Xvfb)
#
# Each step says what it does. Nothing is downloaded at run time by the app itself.
set -euo pipefail
cd "$(dirname "$0")"

NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19
TAURI_DRIVER_VERSION=2.1.0
# fonts-noto-cjk: Chinese and Korean on screen (the PDF bundles its own fonts).
BUILD_PACKAGES=(build-essential pkg-config curl ca-certificates libwebkit2gtk-4.1-dev libssl-dev fonts-noto-cjk)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver chromium poppler-utils qpdf python3-venv strace)
# Mozilla's compare-locales (PyPI) and its dependencies, pinned; installed into target/.
COMPARE_LOCALES_PIP=(compare-locales==9.0.5 fluent.syntax==0.19.0 toml==0.10.2 six==1.17.0)

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\n\033[1;31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

apt_updated=0
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing system packages (${missing[*]}) and no apt-get: see README for other systems"
  say "Installing system packages: ${missing[*]}"
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    [ -x "$HOME/.cargo/bin/cargo" ] || {
      say "Installing rustup (the toolchain version is pinned in rust-toolchain.toml)"
      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain none --profile minimal
    }
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  say "Rust toolchain: $(cargo --version)"
}

NODE_FALLBACK=22.23.3   # from the npm registry's `node` package, when the distribution's is too old

node_ok() {
  local v major minor
  v=$(node --version 2>/dev/null || true)
  [ -n "$v" ] || return 1
  major=$(echo "${v#v}" | cut -d. -f1); minor=$(echo "${v#v}" | cut -d. -f2)
  [ "$major" -gt $NODE_MIN_MAJOR ] || { [ "$major" -eq $NODE_MIN_MAJOR ] && [ "$minor" -ge $NODE_MIN_MINOR ]; }
}

ensure_node() {
  if ! node_ok; then
    command -v npm >/dev/null || ensure_packages nodejs npm
    if ! node_ok; then
      # Debian 12 ships Node 18; Vite 8 needs >= 20.19. The npm registry's `node` package
      # carries official Node binaries; install it globally (into /usr/local/bin).
      say "Node.js $(node --version 2>/dev/null || echo none) is too old for Vite 8; installing Node.js $NODE_FALLBACK from the npm registry"
      as_root npm install -g --no-audit --no-fund "node@$NODE_FALLBACK"
      hash -r
    fi
  fi
  node_ok || die "Node.js >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR is needed (found '$(node --version 2>/dev/null || echo none)'). Install a current Node.js and run again."
  say "Node.js $(node --version), npm $(npm --version)"
}

ensure_npm_deps() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages exactly as pinned in package-lock.json (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

build_ui() {
  say "Building the UI (Vite) into ui/dist, which the app embeds"
  npm run --silent build
}

ensure_tauri_driver() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! tauri-driver --help >/dev/null 2>&1; then
    say "Installing tauri-driver $TAURI_DRIVER_VERSION (WebDriver bridge for the end-to-end test)"
    cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION"
  fi
}

ensure_compare_locales() {
  L10N_VENV="$PWD/target/l10n-venv"
  if [ ! -x "$L10N_VENV/bin/compare-locales" ]; then
    say "Installing Mozilla's compare-locales ${COMPARE_LOCALES_PIP[0]#*==} into target/l10n-venv (PyPI)"
    python3 -m venv "$L10N_VENV"
    "$L10N_VENV/bin/pip" install -q --disable-pip-version-check "${COMPARE_LOCALES_PIP[@]}"
  fi
}

cmd_run() {
  ensure_packages "${BUILD_PACKAGES[@]}"
  ensure_rust
  ensure_node
  ensure_npm_deps
  build_ui
  say "Building and starting HipAid"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    die "no display: run this on a desktop session (or under 'xvfb-run -a ./dev.sh run' to start it headless)"
  fi
  exec cargo run --locked -p hipaid-app
}

cmd_test() {
  ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  ensure_rust
  ensure_node
  ensure_npm_deps
  ensure_tauri_driver
  ensure_compare_locales
  build_ui

  # Global, not local: the EXIT trap runs after this function's locals are gone.
  DATA_HOME=$(mktemp -d)
  trap 'rm -rf "$DATA_HOME"' EXIT
  # The app and the store plugin write under XDG_DATA_HOME: keep tests away from the user's.
  export XDG_DATA_HOME="$DATA_HOME"
  # A clean CI clone never reuses incremental caches; they only cost disk there.
  if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

  say "Checking formatting (cargo fmt --check)"
  cargo fmt --all --check
  say "Type-checking the UI (svelte-check)"
  npm run --silent check
  say "Linting Rust (clippy, warnings denied)"
  cargo clippy --locked --workspace --all-targets --features hipaid-tests/e2e -- -D warnings
  say "Building the workspace (the app binary is used by the end-to-end test)"
  cargo build --locked --workspace
  say "Clinical content check (hipaid content check: sources, numbers, messages, reading grade)"
  target/debug/hipaid content check
  say "Locales: every locale complete, no obsolete ids, metadata valid (hipaid locales, then Mozilla's compare-locales)"
  target/debug/hipaid locales
  "$L10N_VENV/bin/compare-locales" --json target/compare-locales.json l10n.toml . >/dev/null
  python3 scripts/compare-locales-gate.py target/compare-locales.json
  say "Rust unit and acceptance tests"
  cargo test --locked --workspace
  say "Browser tests: the UI in Debian's Chromium with mocked IPC, plus axe-core"
  npm run --silent test:web
  say "End-to-end: the real app under Xvfb, driven through tauri-driver"
  timeout 600 xvfb-run -a -s "-screen 0 1280x900x24" cargo test --locked -p hipaid-tests --features e2e --test e2e
  say "All checks and tests passed"
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  *) echo "usage: ./dev.sh run | ./dev.sh test" >&2; exit 2 ;;
esac
