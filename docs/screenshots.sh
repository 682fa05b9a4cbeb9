#!/bin/sh
# Takes the user guide's screenshots (docs/images/*.png) with a real window under xvfb-run: each
# view on the built-in sample store and on the papers of ../shared/corpus, when that folder is
# there. Settings go to a throwaway folder, so no remembered window state changes the pictures.
#
# The committee packs of docs/packs/*.json are built on the same stores and a page of each is
# rendered as a picture (pdftoppm, from poppler-utils).
#
# usage: sh docs/screenshots.sh [BUILD_DIR]      (default: build; needs xvfb-run, sqlite3, pdftoppm)
set -eu
build=$(cd "${1:-build}" && pwd)
docs=$(cd "$(dirname "$0")" && pwd)
corpus=$docs/../../shared/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$build/bin/sbw-sample" --out "$work/sample" >/dev/null
"$build/bin/sbw" import --store "$work/sample.sqlite" "$work/sample" >/dev/null

# shot STORE PNG [OPTIONS...]: the window on STORE, once it has drawn, saved as docs/images/PNG.
shot() {
  store=$1
  png=$2
  shift 2
  xvfb-run -a -s "-screen 0 1400x900x24" "$build/bin/safeguarding-workbench" --store "$store" \
    --screenshot "$docs/images/$png" "$@" 2>/dev/null
  echo "wrote docs/images/$png"
}

# page STORE SPEC N PNG: builds the pack SPEC on STORE and saves its page N as docs/images/PNG.
page() {
  "$build/bin/sbw" pack --store "$1" --spec "$2" --out "$work/pack.pdf" 2>/dev/null
  pdftoppm -r 80 -f "$3" -l "$3" -png -singlefile "$work/pack.pdf" "$docs/images/${4%.png}"
  echo "wrote docs/images/$4"
}

sample=$work/sample.sqlite
shot "$sample" main-window.png --search "child protection"
shot "$sample" figures.png --document sample-hackney-scrutiny-agenda-2018-03-12.pdf --figures "Section 47"
shot "$sample" explorer-sample.png --view explorer --indicator re_referrals
shot "$sample" comparison-sample.png --view comparison --indicator re_referrals --period 2016-17
shot "$sample" tracker-sample.png --view tracker
# The sample's figures are all trusted; a copy with some waiting shows its review queue.
cp "$sample" "$work/review.sqlite"
sqlite3 "$work/review.sqlite" "UPDATE observations SET trusted = 0, doubt = 'period taken from the document''s reporting year' WHERE indicator_key = 'referrals' AND area <> 'Camden'"
shot "$work/review.sqlite" review-sample.png --view review
shot "$sample" pack-builder-sample.png --view pack --definition "$docs/packs/sample-pack.json"
page "$sample" "$docs/packs/sample-pack.json" 3 pack-sample-page3.png

if [ -d "$corpus" ]; then
  "$build/bin/sbw" import --store "$work/corpus.sqlite" "$corpus" >/dev/null
  corpusStore=$work/corpus.sqlite
  shot "$corpusStore" documents-corpus.png --view documents
  shot "$corpusStore" explorer-corpus.png --view explorer --indicator looked_after_children
  shot "$corpusStore" comparison-corpus.png --view comparison --indicator partner_contributions
  shot "$corpusStore" tracker-corpus.png --view tracker
  shot "$corpusStore" review-corpus.png --view review
  page "$corpusStore" "$docs/packs/corpus-pack.json" 3 pack-corpus-page3.png
  page "$corpusStore" "$docs/packs/corpus-pack.json" 5 pack-corpus-page5.png
else
  echo "no $corpus: the corpus screenshots are left as they are" >&2
fi
