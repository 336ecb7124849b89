#!/usr/bin/env bash
# Side by side, in one run, on the same corpus and the same committed schemas (schemas/):
#   - schema validation: wtsa (jsonschema crate, via wtsa-corpus validate) against
#     check-jsonschema (PyPI) and ajv-cli (npm, draft 2020-12, ajv-formats);
#   - `wtsa check` against the parse-only floor (wtsa-corpus parse).
# Installs the peers under target/bench-peers (a Python venv and an npm folder; nothing is
# committed), then prints a table of medians and ratios. See docs/PERFORMANCE.md.
#
#   bench/compare.sh                    # scale 1, JSON and YAML, 5 runs each
#   SCALE=10 FORMATS=json RUNS=3 bench/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

SCALE=${SCALE:-1}
RUNS=${RUNS:-5}
FORMATS=${FORMATS:-"json yaml"}
SEED=${SEED:-1}
CORPUS_DIR=${CORPUS_DIR:-target/bench-corpus}
PEERS=${PEERS:-target/bench-peers}
KINDS="study-group resolution2-entry people organisation meetings outputs report-claims activities"

cargo build --release -q -p wtsa-cli -p wtsa-bench
WTSA=$PWD/target/release/wtsa
CORPUS=$PWD/target/release/wtsa-corpus

# The peers, installed with their ordinary clients.
if [ ! -x "$PEERS/venv/bin/check-jsonschema" ]; then
  python3 -m venv "$PEERS/venv"
  "$PEERS/venv/bin/pip" install -q check-jsonschema
fi
if [ ! -x "$PEERS/npm/node_modules/.bin/ajv" ]; then
  mkdir -p "$PEERS/npm"
  (cd "$PEERS/npm" && npm init -y >/dev/null && npm install -s ajv-cli ajv-formats >/dev/null)
fi
CHECK_JSONSCHEMA=$PWD/$PEERS/venv/bin/check-jsonschema
AJV=$PWD/$PEERS/npm/node_modules/.bin/ajv
AJV_FORMATS=$PWD/$PEERS/npm/node_modules/ajv-formats

# The files of one kind in a corpus (resolution2 entries are named after their edition).
files_of() {
  local data=$1 kind=$2 ext=$3
  case $kind in
    resolution2-entry) find "$data" -name "resolution2-*.$ext" | sort ;;
    *) find "$data" -name "$kind.$ext" | sort ;;
  esac
}

# One command per tool that validates every file against its kind's schema, kind by kind, as
# check-jsonschema and ajv take one schema per run.
validate_all() {
  local tool=$1 data=$2 ext=$3 kind
  for kind in $KINDS; do
    local schema=schemas/$kind.schema.json
    mapfile -t files < <(files_of "$data" "$kind" "$ext")
    [ ${#files[@]} -gt 0 ] || continue
    case $tool in
      wtsa) "$CORPUS" validate --schema "$schema" "${files[@]}" ;;
      check-jsonschema) "$CHECK_JSONSCHEMA" --schemafile "$schema" "${files[@]}" ;;
      ajv)
        local args=()
        for f in "${files[@]}"; do args+=(-d "$f"); done
        # int32/uint32 are schemars' annotations, unknown to ajv-formats: not strict.
        "$AJV" validate --spec=draft2020 --strict=false -c "$AJV_FORMATS" -s "$schema" "${args[@]}" ;;
    esac
  done
}
export -f validate_all files_of
export KINDS CORPUS CHECK_JSONSCHEMA AJV AJV_FORMATS

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "scale $SCALE, seed $SEED, $RUNS runs per figure, pinned to CPU ${CPU:-0}"
echo "peers: check-jsonschema $("$CHECK_JSONSCHEMA" --version 2>&1 | awk '{print $NF}'), ajv-cli $(cd "$PEERS/npm" && node -p 'require("ajv-cli/package.json").version'), ajv $(cd "$PEERS/npm" && node -p 'require("ajv/package.json").version')"
echo
printf '| format | what | median wall s | median CPU s | peak MiB | ratio (CPU) |\n'
printf '|---|---|---|---|---|---|\n'
for format in $FORMATS; do
  dir=$CORPUS_DIR/$format-$SCALE-$SEED
  corpus "$CORPUS" "$dir" "$SCALE" "$SEED" "$format"
  data=$dir/data
  # Each tool must accept every file before its time means anything.
  for tool in wtsa check-jsonschema ajv; do
    if ! validate_all "$tool" "$data" "$format" >"$dir/$tool.log" 2>&1; then
      echo "$tool rejected the $format corpus: see $dir/$tool.log" >&2
      exit 1
    fi
  done
  "$WTSA" check --format json --fail-on never "$data" >"$dir/report.json"
  "$CORPUS" verify --manifest "$dir/manifest.json" "$dir/report.json" >/dev/null

  read -r ww wc _ wp < <(measure "$RUNS" "${PIN[@]}" bash -c 'validate_all wtsa "$0" "$1"' "$data" "$format")
  read -r cw cc _ cp < <(measure "$RUNS" "${PIN[@]}" bash -c 'validate_all check-jsonschema "$0" "$1"' "$data" "$format")
  read -r aw ac _ ap < <(measure "$RUNS" "${PIN[@]}" bash -c 'validate_all ajv "$0" "$1"' "$data" "$format")
  printf '| %s | schema validation: wtsa | %s | %s | %s | 1.00 |\n' "$format" "$ww" "$wc" "$wp"
  printf '| %s | schema validation: check-jsonschema | %s | %s | %s | %s |\n' "$format" "$cw" "$cc" "$cp" "$(ratio "$cc" "$wc")"
  printf '| %s | schema validation: ajv-cli | %s | %s | %s | %s |\n' "$format" "$aw" "$ac" "$ap" "$(ratio "$ac" "$wc")"

  read -r kw kc _ kp < <(measure "$RUNS" "${PIN[@]}" "$WTSA" check --format json --fail-on never "$data")
  read -r fw fc _ fp < <(measure "$RUNS" "${PIN[@]}" "$CORPUS" parse "$data")
  printf '| %s | parse-only floor | %s | %s | %s | 1.00 |\n' "$format" "$fw" "$fc" "$fp"
  printf '| %s | wtsa check (all rules) | %s | %s | %s | %s |\n' "$format" "$kw" "$kc" "$kp" "$(ratio "$kc" "$fc")"
done
echo
echo "ratio: CPU time over wtsa's schema validation (validation rows) or over the floor (check rows)."
