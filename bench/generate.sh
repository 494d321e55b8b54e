#!/usr/bin/env bash
# Generator benchmark: a synthetic spec of 200 models x 15 fields.
# Reports (1) the release-build `generate` wall time (target: under 1 s) and (2) the debug build
# time of the generated Swift (a throwaway package that depends on this one for the runtime;
# the runtime is built first so the figure is the generated code's own).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/bench-generate.XXXXXX)
trap 'rm -rf "$work"' EXIT
models=${MODELS:-200}

python3 - "$work/spec/synth.yaml" "$models" <<'PY'
import os, sys
path, count = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.dirname(path), exist_ok=True)
types = ["string", "text", "int", "bigint", "bool", "timestamp", "date", '"decimal(12,2)"', "double", "uuid", "json", "bytes", "Level"]
out = ["api: { name: Synthetic, version: 1.0.0, module: SynthAPI, base_path: /api }",
       "enums:", "  Level: [low, medium, high]", "models:"]
for m in range(count):
    out.append(f"  Model{m}:")
    out.append("    fields:")
    out.append("      id: { type: bigint, primary_key: true, default: identity }")
    if m > 0:
        out.append(f"      parent_id: {{ type: bigint, belongs_to: Model{m-1}, on_delete: cascade, optional: true }}")
    for f in range(13 if m > 0 else 14):
        t = types[f % len(types)]
        extra = ", max_length: 120" if t == "string" else ""
        opt = ", optional: true" if f % 3 == 0 else ""
        out.append(f"      field_{f}: {{ type: {t}{extra}{opt} }}")
out.append("resources:")
for m in range(count):
    out.append(f"  - {{ model: Model{m}, path: /model{m} }}")
open(path, "w").write("\n".join(out) + "\n")
PY

echo "== building generate (release)"
(cd "$root" && swift build -c release --product generate >/dev/null)
generate="$root/.build/release/generate"
cd "$work"
# Best of 3 (wall clock), with the CPU time of that run: on a shared machine the wall clock
# includes waiting for a core, the CPU time does not.
best=""
for run in 1 2 3; do
  rm -rf Sources migrations openapi
  TIMEFORMAT='%R %U %S'
  { time "$generate" --quiet --templates "$root/Templates" ; } 2> "$work/time.txt"
  read -r real user sys < "$work/time.txt"
  if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $real < $best else 1)"; then
    best=$real; cpu=$(python3 -c "print(f'{$user + $sys:.3f}')")
  fi
done
gen_seconds=$best
files=$(find Sources migrations openapi -type f | wc -l)
lines=$(cat Sources/SynthAPI/Generated/*.swift | wc -l)
# APIDocumentation.swift holds two string literals (the OpenAPI document, pretty-printed, and the
# docs page): data the compiler copies, not code it checks, so it is also counted apart.
code_lines=$(cat $(ls Sources/SynthAPI/Generated/*.swift | grep -v /APIDocumentation.swift) | wc -l)
per_model=$((lines / models))
code_per_model=$((code_lines / models))
echo "generate: ${gen_seconds} s wall, ${cpu} s CPU, for $models models ($files files, $lines lines of Swift); load average $(cut -d' ' -f1 /proc/loadavg)"
echo "lines per model: $per_model ($code_per_model without the embedded documents in APIDocumentation.swift; target <= 500)"

cat > Package.swift <<PKG
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "synth",
    dependencies: [.package(path: "$root")],
    targets: [.target(name: "SynthAPI", dependencies: [.product(name: "Runtime", package: "$(basename "$root")")])],
    swiftLanguageModes: [.v6]
)
PKG
echo "== debug build of the runtime (not timed)"
swift build --target Runtime >/dev/null 2>&1 || swift build --target Runtime
# Wall clock and CPU time: on a shared machine the wall clock includes waiting for a core, and
# this one's speed drifts by a quarter within the hour. The build runs BUILDS times (from
# scratch for the generated module, the runtime kept) and the fastest counts, as for
# `generate` above; every run is printed.
builds=${BUILDS:-3}
[ "$builds" -ge 1 ] || { echo "BUILDS must be at least 1" >&2; exit 2; }
best_build=""
runs=""
for run in $(seq 1 "$builds"); do
  # Removing the module's products and touching the manifest makes SwiftPM plan the build again.
  rm -rf .build/debug/SynthAPI.build .build/debug/Modules/SynthAPI.*
  touch Package.swift
  TIMEFORMAT='%R %U %S'
  { time swift build --target SynthAPI > "$work/build.txt" 2>&1 ; } 2> "$work/time.txt" \
    || { tail -20 "$work/build.txt"; echo "the generated code did not build" >&2; exit 1; }
  grep -E "error|warning" "$work/build.txt" | head -5 || true
  read -r real user sys < "$work/time.txt"
  runs="$runs ${real}"
  if [ -z "$best_build" ] || python3 -c "import sys; sys.exit(0 if $real < $best_build else 1)"; then
    best_build=$real; build_user=$user; build_sys=$sys
  fi
done
echo "debug builds (wall seconds):$runs"
build_seconds=$(python3 -c "print(f'{$best_build:.1f}')")
build_cpu=$(python3 -c "print(f'{$build_user + $build_sys:.1f}')")
echo "debug build of the generated code (best of $builds): ${build_seconds} s wall, ${build_cpu} s CPU; load average $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| generate (release, $models models x 15 fields) | ${gen_seconds} s wall, ${cpu} s CPU (target < 1 s) |"
echo "| lines of generated Swift per model | $per_model ($code_per_model without embedded documents; target <= 500) |"
echo "| debug build of the generated Swift ($lines lines), best of $builds | ${build_seconds} s wall, ${build_cpu} s CPU (target <= 38.5 s) |"
