#!/usr/bin/env bash
# Builds and runs one libFuzzer target: bench/fuzz/NAME/{entry.swift,sources[,flags][,corpus/]}.
#
#   bench/fuzz.sh NAME SECONDS [extra libFuzzer arguments]
#
# `sources` lists the Swift files (relative to the package root, `#` comments allowed) compiled
# into one module together with `entry.swift`, which defines LLVMFuzzerTestOneInput via
# @_cdecl; a line ending in `/` stands for every .swift file below that directory. An optional
# `flags` file adds compiler/linker arguments (e.g. -lsodium; paths relative to the package
# root), libFuzzer arguments on lines starting with `run:` (e.g. `run: -max_len=65536`), and
# seed files from the repository on lines starting with `seeds:` (files or directories, e.g.
# `seeds: Templates/`), so checked-in specs and templates seed the corpus without copies.
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
    if [[ $line == */ ]]; then
        while IFS= read -r file; do sources+=("$file"); done < <(find "$root/$line" -name '*.swift' | LC_ALL=C sort)
    elif [ -n "$line" ]; then
        sources+=("$root/$line")
    fi
done < "$dir/sources"

flags=()
run_flags=()
if [ -f "$dir/flags" ]; then
    read -r -a flags < <(grep -v '^#' "$dir/flags" | grep -v '^run:' | grep -v '^seeds:' | tr '\n' ' ') || true
    read -r -a run_flags < <(grep '^run:' "$dir/flags" | sed 's/^run://' | tr '\n' ' ') || true
fi

mkdir -p "$out/corpus"
if [ -d "$dir/corpus" ]; then
    cp -n "$dir/corpus/"* "$out/corpus/" 2>/dev/null || true
fi
if [ -f "$dir/flags" ]; then
    for seed in $(grep '^seeds:' "$dir/flags" | sed 's/^seeds://'); do
        while IFS= read -r file; do
            cp -n "$file" "$out/corpus/seed-$(echo "${file#"$root"/}" | tr '/' '_')"
        done < <(find "$root/$seed" -type f)
    done
fi

module=Fuzz$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')
echo "building $out/fuzzer from ${#sources[@]} sources" >&2
cd "$root"
"$swiftc" -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 \
    -module-name "$module" "${sources[@]}" "$dir/entry.swift" "${flags[@]}" -o "$out/fuzzer"

cd "$out"
# libFuzzer reports crashes itself (the Swift backtracer would only slow it down); state a target
# builds once and keeps for the whole run can be exempted from leak checks in NAME/lsan.supp.
export SWIFT_BACKTRACE=enable=no
if [ -f "$dir/lsan.supp" ]; then export LSAN_OPTIONS=suppressions=$dir/lsan.supp; fi
exec "$out/fuzzer" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    "${run_flags[@]}" "$@" "$out/corpus"
