#!/bin/sh
# Rebuild every data file built from the scale corpus, in the order they read each other
# (the boundary evidence first: the gazetteers read it; the gazetteers before the words
# built from them). Every builder reads the corpus through scale_corpus.read_corpus, which
# leaves out the documents of the gold sets (scripts/held_out.py).
#
#   scripts/rebuild_resources.sh [LAWREFBOOK_CHECKOUT]
#
# LAWREFBOOK_CHECKOUT: a checkout of LawRefBook/Laws holding at least DLC/{河南,浙江,重庆,广东}地方法规
# for scripts/build_platform_frames.py --local (without it the platform frames are not rebuilt).
set -e
cd "$(dirname "$0")/.."
PY=.venv/bin/python
for script in boundary_evidence gazetteers national_bodies central_bodies level_words \
    name_words body_classes kind_heads board_heads group_heads list_heads roster_posts \
    document_kinds fund_names law_titles citing_frames platform_heads service_names; do
    start=$(date +%s)
    $PY "scripts/build_$script.py" > /dev/null
    echo "build_$script: $(($(date +%s) - start)) s"
done
if [ -n "$1" ]; then
    start=$(date +%s)
    $PY scripts/build_platform_frames.py --local "$1" > /dev/null
    echo "build_platform_frames: $(($(date +%s) - start)) s"
fi
