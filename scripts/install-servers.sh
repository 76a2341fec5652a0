#!/usr/bin/env bash
# Installs the SPARQL server the remote-store tests run besides Oxigraph server (which
# comes from PyPI with `make setup`): Debian's Virtuoso. Safe to run again; does nothing
# when present. Without root or apt-get it says what to install, and the Virtuoso tests
# are skipped (except under CI, where they fail: see tests/sparql_servers.py).
set -euo pipefail
if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing virtuoso-opensource-7-bin for the remote-store tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    virtuoso-opensource-7-bin >/dev/null
else
  echo "note: the remote-store tests need Virtuoso" \
       "(e.g. sudo apt-get install virtuoso-opensource-7-bin); they will be skipped" >&2
fi
