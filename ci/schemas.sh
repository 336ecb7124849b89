#!/usr/bin/env bash
# The published schemas as the teams who build on them use them (issue 18), from the committed
# files: every schema compiled by ajv in strict mode and by Python jsonschema, and every shipped
# data file (YAML and JSON, SG20 and the catalogue) validated by both; TypeScript types
# generated (json-schema-to-typescript) and compiled with tsc --strict together with every
# shipped data file as a typed constant; pydantic v2 models generated (datamodel-code-generator)
# and every shipped data file validated through them; and both languages' copies of the data,
# written back as JSON, given by `wtsa check` the same report as the original (paths, lines and
# columns aside).
#
# The generators' versions are pinned in ci/schemas/ (package-lock.json, requirements.txt) and
# installed once into target/ci-tools/, reused while the pins are unchanged.
#
# WTSA_SCHEMA_CI_SCHEMAS and WTSA_SCHEMA_CI_DATA point the check at other schemas or data (to
# see it fail on an incompatible change); by default, schemas/ and data/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
schemas=${WTSA_SCHEMA_CI_SCHEMAS:-$root/schemas}
data=${WTSA_SCHEMA_CI_DATA:-$root/data}
tools=$root/target/ci-tools
out=$root/target/ci-schemas
start=$SECONDS

step() { printf '\n== schemas: %s (%ds)\n' "$1" $((SECONDS - start)); }

fingerprint() { cat "$@" | sha256sum | cut -d' ' -f1; }

step "tools"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
fi
node_stamp="$(fingerprint ci/schemas/package.json ci/schemas/package-lock.json) node $(node --version)"
if [ "$(cat "$tools/node/.installed" 2>/dev/null)" != "$node_stamp" ]; then
  rm -rf "$tools/node" && mkdir -p "$tools/node"
  cp ci/schemas/package.json ci/schemas/package-lock.json "$tools/node/"
  (cd "$tools/node" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$node_stamp" >"$tools/node/.installed"
fi
py_stamp="$(fingerprint ci/schemas/requirements.txt) $(python3 --version)"
if [ "$(cat "$tools/py/.installed" 2>/dev/null)" != "$py_stamp" ]; then
  rm -rf "$tools/py"
  if ! python3 -m venv "$tools/py"; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv
    rm -rf "$tools/py" && /usr/bin/python3 -m venv "$tools/py"
  fi
  "$tools/py/bin/pip" install --quiet --disable-pip-version-check -r ci/schemas/requirements.txt
  echo "$py_stamp" >"$tools/py/.installed"
fi
export WTSA_NODE_TOOLS=$tools/node
python=$tools/py/bin/python
echo "json-schema-to-typescript $(node -p "require('$tools/node/node_modules/json-schema-to-typescript/package.json').version")," \
  "tsc $("$tools/node/node_modules/.bin/tsc" --version | awk '{print $NF}')," \
  "ajv $(node -p "require('$tools/node/node_modules/ajv/package.json').version")," \
  "datamodel-code-generator $("$tools/py/bin/datamodel-codegen" --version)"

step "ajv --strict (draft 2020-12, ajv-formats): every schema, every data file"
node ci/schemas/compile-schemas.mjs "$schemas" "$data"

step "Python jsonschema: every schema (meta-schema, formats, references), every data file"
"$python" ci/schemas/check_schemas.py "$schemas" "$data"

step "TypeScript: json-schema-to-typescript, tsc --strict, the data as typed constants"
node ci/schemas/typescript.mjs "$schemas" "$data" "$out/typescript"

step "Python: datamodel-code-generator, pydantic v2 (strict) on the data"
"$python" ci/schemas/pydantic_models.py "$schemas" "$data" "$out/python"

step "round trip: wtsa check on the data and on both languages' JSON"
cargo build --quiet -p wtsa-cli --bin wtsa
target_dir=$(cargo metadata --format-version 1 --no-deps | "$python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
wtsa=$target_dir/debug/wtsa
config=()
if [ -f "$data/wtsa.toml" ]; then config=(--config "$data/wtsa.toml"); fi
reports=()
for name in data typescript python; do
  case $name in
    data) dir=$data ;;
    *) dir=$out/$name/json ;;
  esac
  "$wtsa" check "$dir" "${config[@]}" --format json --fail-on never --output "$out/report-$name.json"
  reports+=("$dir" "$out/report-$name.json")
done
"$python" ci/schemas/compare_reports.py "${reports[@]}"

step "done"
