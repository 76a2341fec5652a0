#!/bin/sh
# Rebuild every data file built from the scale corpus, in the order they read each other
# (the boundary evidence first: the gazetteers read it; the gazetteers before the words
# built from them). Every builder reads the corpus through scale_corpus.read_corpus, which
# leaves out the documents of the gold sets (scripts/held_out.py).
#
#   scripts/rebuild_resources.sh [LAWREFBOOK]
#
# LAWREFBOOK: the regional regulations of LawRefBook/Laws, for build_platform_frames.py
# --local (DLC/{河南,浙江,重庆,广东}地方法规), build_zone_tails.py --local,
# build_quoted_services.py --local, build_plan_kinds.py --local, build_area_kinds.py --local,
# build_land_words.py --local, build_named_platforms.py --local and build_service_lines.py
# --local (all seven regions' DLC/*地方法规). Either a checkout holding those folders, or a
# git repository of LawRefBook/Laws (a mirror: its folders are taken with `git archive` at
# commit LAWREFBOOK_COMMIT, default 2f4c5c2, the one the shipped files were built from).
# Without it the platform frames, zone tails, quoted services, plan kinds, area kinds, land
# words, named platforms and service lines are not rebuilt.
#
# MOJ_MIRROR (environment): a checkout or git mirror of kong0107/mojLawSplitJSON, for
# build_shared_units.py --moj (the shipped file was built with one, at the commit the
# script names). Without it the shared units are not rebuilt.
set -e
cd "$(dirname "$0")/.."
PY=.venv/bin/python
LOCAL="$1"
if [ -n "$LOCAL" ] && [ ! -d "$LOCAL/DLC" ] && git -C "$LOCAL" rev-parse --git-dir > /dev/null 2>&1; then
    checkout=$(mktemp -d)
    trap 'rm -rf "$checkout"' EXIT
    commit=${LAWREFBOOK_COMMIT:-2f4c5c2}
    git -C "$LOCAL" archive "$commit" $(git -C "$LOCAL" -c core.quotepath=off ls-tree -d --name-only "$commit" DLC/ | grep '地方法规$') \
        | tar -x -C "$checkout"
    LOCAL="$checkout"
    echo "LawRefBook/Laws $commit: $(ls "$checkout/DLC" | tr '\n' ' ')"
fi
for script in boundary_evidence gazetteers national_bodies central_bodies level_words \
    name_words body_classes kind_heads board_heads group_heads body_verbs reference_words list_heads roster_posts \
    document_kinds fund_names law_titles citing_frames plan_kind_names title_kinds title_actions platform_heads body_heads store_heads port_classes kind_phrases level_facilities modifier_spread quoted_coin_evidence service_names \
    enterprise_forms region_kinds; do
    start=$(date +%s)
    $PY "scripts/build_$script.py" > /dev/null
    echo "build_$script: $(($(date +%s) - start)) s"
done
if [ -n "$LOCAL" ]; then
    for script in platform_frames zone_tails quoted_services plan_kinds area_kinds named_platforms service_lines land_words; do
        start=$(date +%s)
        $PY "scripts/build_$script.py" --local "$LOCAL" > /dev/null
        echo "build_$script: $(($(date +%s) - start)) s"
    done
fi
if [ -n "$MOJ_MIRROR" ]; then
    start=$(date +%s)
    $PY scripts/build_shared_units.py --moj "$MOJ_MIRROR" > /dev/null
    echo "build_shared_units: $(($(date +%s) - start)) s"
fi
