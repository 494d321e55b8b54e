#!/usr/bin/env bash
# Builds and runs one libFuzzer target: bench/fuzz/NAME/{entry.swift,sources[,flags][,corpus/]}.
#
#   bench/fuzz.sh NAME SECONDS [extra libFuzzer arguments]
#
# `sources` lists the Swift files (relative to the package root, `#` comments allowed) compiled
# into one module together with `entry.swift`, which defines LLVMFuzzerTestOneInput via
# @_cdecl. An optional `flags` file adds compiler/linker arguments (e.g. -lsodium).
# Build output, the working corpus and any crash-*/leak-* artifacts go to $FUZZ_OUT
# (default /tmp/fuzz-NAME); seeds from bench/fuzz/NAME/corpus/ are copied in, never written back.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 NAME SECONDS [libFuzzer args]" >&2
    exit 2
fi
name=$1
seconds=$2
shift 2

root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/bench/fuzz/$name
out=${FUZZ_OUT:-/tmp/fuzz-$name}
swiftc=${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}

[ -f "$dir/entry.swift" ] || { echo "no $dir/entry.swift" >&2; exit 2; }
[ -f "$dir/sources" ] || { echo "no $dir/sources" >&2; exit 2; }

sources=()
while IFS= read -r line; do
    line=${line%%#*}
    line=$(echo "$line" | xargs)
    [ -n "$line" ] && sources+=("$root/$line")
done < "$dir/sources"

flags=()
if [ -f "$dir/flags" ]; then
    read -r -a flags < <(grep -v '^#' "$dir/flags" | tr '\n' ' ')
fi

mkdir -p "$out/corpus"
if [ -d "$dir/corpus" ]; then
    cp -n "$dir/corpus/"* "$out/corpus/" 2>/dev/null || true
fi

module=Fuzz$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')
echo "building $out/fuzzer from ${#sources[@]} sources" >&2
"$swiftc" -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 \
    -module-name "$module" "${sources[@]}" "$dir/entry.swift" "${flags[@]}" -o "$out/fuzzer"

cd "$out"
exec "$out/fuzzer" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    "$@" "$out/corpus"
