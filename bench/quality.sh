#!/bin/sh
# Quality benchmark (`ninja -C build bench`): imports the corpus into a fresh store and prints the
# measures of issue 7 and 8 with the shared scoring tools, which pair the store's figures and
# actions with ones read by hand:
#   figures_eval.py  all figures, then only the trusted ones (what views show without review)
#   actions_eval.py  actions, recommendations, resolutions and plan actions
#   facts_check.py   the older, looser recall check
# usage: quality.sh SBW SHARED_DIR
set -eu
sbw=$1
shared=$2
tools=$shared/tools
if [ ! -d "$shared/corpus" ] || [ ! -f "$tools/figures_eval.py" ]; then
  echo "quality bench: $shared has no corpus or scoring tools; nothing to measure" >&2
  exit 1
fi
store=$(mktemp -d)/quality.sqlite
trap 'rm -rf "$(dirname "$store")"' EXIT
"$sbw" import --quiet --store "$store" "$shared/corpus" >/dev/null
echo "figures (all):      $(python3 "$tools/figures_eval.py" "$store" "$shared/pages-dev/figures.json" | tail -n 1)"
echo "figures (trusted):  $(python3 "$tools/figures_eval.py" "$store" "$shared/pages-dev/figures.json" --where 'trusted = 1' | tail -n 1)"
echo "actions:            $(python3 "$tools/actions_eval.py" "$store" "$shared/actions-dev/actions.json" | tail -n 1)"
echo "facts (loose):      $(python3 "$tools/facts_check.py" "$store" "$shared/facts-dev.json" "$shared/corpus" | tail -n 1)"
