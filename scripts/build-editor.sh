#!/usr/bin/env bash
# Rebuilds the query editor's bundle, api/static/vendor/sparql-editor.js (committed, so
# neither `make setup` nor the tests need npm or a network): CodeMirror 6, its SPARQL
# mode and sparqljs, at the exact versions and hashes of web/editor/package-lock.json
# (`npm ci` refuses anything else), bundled and minified by esbuild, with the licences
# of what went in beside it. Run it after changing web/editor/.
set -euo pipefail
cd "$(dirname "$0")/../web/editor"
npm ci --ignore-scripts --no-audit --no-fund
out=../../api/static/vendor
mkdir -p "$out"
node build.js "$out/sparql-editor.js" node_modules/.meta.json  # see build.js for one patch
node licences.js node_modules/.meta.json "$out/sparql-editor.LICENSES.txt"
ls -l "$out"
