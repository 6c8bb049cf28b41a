#!/usr/bin/env bash
# Rebuilds adapters-archive/src/test/resources/olx/ from public OLX courses pinned by commit: their XML
# and their runs' policy.json only (no static assets, no asset metadata, no sources), so that tests run without a network.
# Usage: scripts/fetch-olx-fixtures.sh   (needs git and network access to github.com)
set -euo pipefail

cd "$(dirname "$0")/.."
target=adapters-archive/src/test/resources/olx

# name            repository                       commit
courses=(
  "edx-demo       edx/edx-demo-course              5c3981e629e6f8a86512fece12e9c956ea6565fe"
  "supported      edx/supported-components         525a9230ee59b647970f27ab8517416a186eebd5"
  "mitx-1805x     JoeMartis/content-1805xJoe       5fc8f01eb782a5b6277d6915e983fc9d09286fc0"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for line in "${courses[@]}"; do
  read -r name repo commit <<<"$line"
  git init -q "$work/$name"
  git -C "$work/$name" fetch -q --depth 1 "https://github.com/$repo.git" "$commit"
  rm -rf "${target:?}/$name"
  mkdir -p "$target/$name"
  git -C "$work/$name" ls-tree -r --name-only FETCH_HEAD \
    | grep -E '\.xml$|^policies/[^/]+/policy\.json$' \
    | grep -vE '^(static|src|doc)/' \
    | while read -r path; do
        mkdir -p "$target/$name/$(dirname "$path")"
        git -C "$work/$name" show "FETCH_HEAD:$path" >"$target/$name/$path"
      done
  echo "$repo@$commit" >"$target/$name/SOURCE"
done
