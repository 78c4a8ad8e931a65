#!/usr/bin/env bash
# Ouro bootstrap. Today: build stage0 with esbuild, then let stage0 check itself by parsing every
# TypeScript file of the project with Ouro's own parser, erasing its types with `ouro strip`, and
# parsing the erased JavaScript again. Later stages (stage1 image, stage2 fixed point, native
# executables; DESIGN §7) extend this script.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n== %s\n' "$*"; }

step "stage0: esbuild -> dist/ouro.mjs"
[ -f node_modules/.package-lock.json ] || npm install --no-audit --no-fund
node scripts/build.mjs

mapfile -t ts_files < <(git ls-files '*.ts' 2>/dev/null || find stage0 runtime stage1 codegen-x64 codegen-arm64 test -name '*.ts')
step "stage0 parses its own ${#ts_files[@]} TypeScript files"
node dist/ouro.mjs parse --check --module "${ts_files[@]}" > build.parse.log || { grep -v '^ok ' build.parse.log; exit 1; }
rm -f build.parse.log

step "stage0 erases the types of every file; the output must parse as JavaScript"
rm -rf build/strip && mkdir -p build/strip
node dist/ouro.mjs strip "${ts_files[@]}" --out-dir build/strip
node dist/ouro.mjs parse --check --module $(find build/strip -name '*.js' | sort) > build/strip/check.log || { grep -v '^ok ' build/strip/check.log; exit 1; }
echo "ok: ${#ts_files[@]} files parsed, stripped and re-parsed"
