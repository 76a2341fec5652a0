#!/usr/bin/env bash
# Installs what the browser tests need: Debian's headless Chromium, its WebDriver and a
# CJK font (so screenshots show the text). Safe to run again; does nothing when present.
# Without root or apt-get it says what to install, and the browser tests are skipped
# (except under CI, where they fail: see tests/test_browser.py).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium, chromium-driver and a CJK font for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-wqy-microhei >/dev/null
else
  echo "note: the browser tests need chromium and chromium-driver" \
       "(e.g. sudo apt-get install chromium chromium-driver); they will be skipped" >&2
fi
