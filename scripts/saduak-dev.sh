#!/usr/bin/env bash
# The two commands of README.md, and what they share.
#   bash scripts/saduak-dev.sh start [saduak options]  install what is missing, build, start the counter screen
#   bash scripts/saduak-dev.sh test                    install what is missing, build, run the whole test suite
#   bash scripts/saduak-dev.sh install | build         one step only
# Works as root (no sudo needed) or as a user with sudo, on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every Debian package the project needs, by name. Keep this list the one place that says so.
PACKAGES=(
  # build
  g++ cmake ninja-build pkg-config git ca-certificates
  # the branch hub makes its own TLS certificate with it (and the tests their throw-away ones)
  openssl
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-websockets-dev
  qt6-httpserver-dev qt6-charts-dev qt6-speech-dev qt6-speech-speechd-plugin
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # Qt's TextToSpeech CMake package needs QmlIntegration from here
  qt6-declarative-dev
  # storage: the migrator splits SQL with SQLite's own parser
  libsqlite3-dev
  # saduak-central on PostgreSQL (QPSQL above); the tests start a throw-away cluster of it
  postgresql
  # outside parts
  libzxing-dev libpcsclite-dev pcscd vsmartcard-vpcd libsodium-dev
  # the display board's voice: Thai text-to-speech, the clips made at build time, playing them
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng sox alsa-utils
  # Thai text, time zone, screens without a monitor (tests, screenshots), PDFs to PNG (tests)
  fonts-thai-tlwg tzdata xvfb xauth poppler-utils
  # the morning integration test presses keys in real windows, as a person would
  xdotool
  # the SDK's module metadata schema is checked against every module JSON (tests/unit/sdk)
  python3 python3-jsonschema
  # central's web pages (the complaint desk) are tested in a real headless browser through WebDriver
  chromium chromium-driver
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "saduak: installing packages needs root: run this as root or install sudo" >&2; exit 1
  fi
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "saduak: installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  local preset=$1
  shift
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" "$@"
}

case "${1:-}" in
  install) install_packages ;;
  build) install_packages; build default ;;
  start)
    shift
    install_packages
    build default
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
      echo "saduak: no display found. On a machine without a monitor run: xvfb-run -s '-screen 0 1920x1080x24' bash scripts/saduak-dev.sh start" >&2
      exit 2
    fi
    exec build/default/app/saduak/saduak --mode counter "$@"
    ;;
  test)
    install_packages
    build default
    # The whole suite on the normal build, then the unit tests and the fuzz targets (a fixed
    # number of deterministic mutations each, tests/fuzz) again under ASan+UBSan.
    ctest --preset default
    build asan --target saduak_unit_tests
    ctest --preset asan-unit
    cmake --build --preset asan --target saduak_fuzz_targets
    ctest --preset asan-fuzz
    ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac
