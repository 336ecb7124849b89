#!/usr/bin/env bash
# Each output of wtsa, freshly produced, validated by the validators its consumers run; exits 1
# when any of them rejects one. Called by .ci/run; installs its own tools, at the versions
# pinned in ci/outputs/ (package.json + package-lock.json, requirements.txt):
#   SARIF    the official 2.1.0 schema with format checking (jsonschema and check-jsonschema),
#            and Microsoft's SARIF multitool `validate` (what GitHub's ingestion rules follow),
#            for a relative path with a space, a `#` and non-ASCII, an absolute path, and the
#            embedded dataset;
#   data     every committed data file and every file `wtsa import` writes, by check-jsonschema,
#            by ajv (draft 2020-12, ajv-formats) through js-yaml, and by PyYAML + jsonschema
#            (js-yaml and PyYAML read YAML 1.1, where an unquoted date is a date);
#   JUnit    the Jenkins xUnit XSD and GitLab's reading (failures = findings at --fail-on);
#   GitLab   Code Quality's required fields, unique fingerprints, paths in the repository;
#   CI       action.yml, the example workflow and the GitLab template by their hosts' schemas,
#            the workflow and the action's steps by actionlint (ci/validate-integrations.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools=$root/ci/outputs

# --- the validators ----------------------------------------------------------------------
(cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
# npm 11 leaves install scripts unrun unless approved; the multitool's only makes it executable.
chmod u+x "$tools"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$tools/.venv/bin/python" ]; then
  python3 -m venv "$tools/.venv"
fi
"$tools/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$tools/requirements.txt"
py="$tools/.venv/bin/python"
multitool() { (cd "$tools" && npx --no-install sarif-multitool "$@"); }

# --- wtsa --------------------------------------------------------------------------------
# WTSA names a binary already built; otherwise the debug one is built (the tests built it).
wtsa=${WTSA:-}
if [ -z "$wtsa" ]; then
  cargo build --quiet -p wtsa-cli
  target=$(cargo metadata --format-version 1 --no-deps | "$py" -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  wtsa=$target/debug/wtsa
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/wtsa-validate.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=$work/out
mkdir -p "$out"
failed=0
step() { echo "== $*"; }
fail() { echo "REJECTED: $*" >&2; failed=1; }

# A copy of the dataset under a path with a space, a `#` and non-ASCII letters.
odd="my data/Genève #1"
mkdir -p "$work/$odd"
cp -R data/sg20 "$work/$odd/sg20"

# --- SARIF -------------------------------------------------------------------------------
step "SARIF: official schema (formats on), multitool validate"
"$wtsa" check --format sarif --fail-on never --output "$out/embedded.sarif"
"$wtsa" check --format json --fail-on never --output "$out/embedded.json"
(cd "$work" && "$wtsa" check "$odd/sg20" --format sarif --fail-on never --output "$out/relative-odd.sarif")
(cd "$work" && "$wtsa" check "$odd/sg20" --format json --fail-on never --output "$out/relative-odd.json")
"$wtsa" check "$work/$odd/sg20" --format sarif --fail-on never --output "$out/absolute.sarif"
sarif_schema=tests/fixtures/vendor/sarif-schema-2.1.0.json
"$py" "$tools/validate.py" sarif "$sarif_schema" "$out/embedded.json" "$out/embedded.sarif" ||
  fail "SARIF of the embedded dataset"
"$py" "$tools/validate.py" sarif "$sarif_schema" "$out/relative-odd.json" "$out/relative-odd.sarif" "$out/absolute.sarif" ||
  fail "SARIF of a path with a space, a # and non-ASCII"
"$tools/.venv/bin/check-jsonschema" --schemafile "$sarif_schema" "$out"/*.sarif ||
  fail "SARIF by check-jsonschema"
for log in "$out"/*.sarif; do
  result="$out/multitool-$(basename "$log")"
  multitool validate "$log" --output "$result" --log ForceOverwrite --quiet ||
    fail "the multitool could not read $log"
  "$py" "$tools/validate.py" multitool "$result" || fail "SARIF multitool on $(basename "$log")"
done

# --- data files --------------------------------------------------------------------------
step "data: check-jsonschema, ajv via js-yaml, PyYAML + jsonschema"
"$wtsa" import data/sources/sg20-report-wtsa24.txt --out "$work/imported/sg20" 2>/dev/null
data_files=()
while IFS= read -r -d '' file; do data_files+=("$file"); done < <(
  find data "$work/imported" \( -name '*.yaml' -o -name '*.json' \) -print0 | sort -z)
echo "${#data_files[@]} data files"
"$py" "$tools/validate.py" data schemas "${data_files[@]}" || fail "PyYAML + jsonschema"
node "$tools/validate-data.mjs" schemas "${data_files[@]}" || fail "ajv through js-yaml"
# check-jsonschema takes one schema per call: group the files by their kind.
for kind in $("$py" -c 'import sys,json,yaml
for f in sys.argv[1:]:
    d = json.load(open(f)) if f.endswith(".json") else yaml.safe_load(open(f))
    print(d["kind"])' "${data_files[@]}" | sort -u); do
  files=()
  for file in "${data_files[@]}"; do
    if grep -q "^kind: $kind\$\|\"kind\":\"$kind\"\|\"kind\": \"$kind\"" "$file"; then files+=("$file"); fi
  done
  "$tools/.venv/bin/check-jsonschema" --schemafile "schemas/$kind.schema.json" "${files[@]}" ||
    fail "check-jsonschema on $kind"
done

# --- JUnit -------------------------------------------------------------------------------
step "JUnit: Jenkins xUnit XSD, GitLab's reading"
for fail_on in error warning info never; do
  "$wtsa" check --format junit --fail-on "$fail_on" --output "$out/junit-$fail_on.xml" || true
  "$py" "$tools/validate.py" junit tests/fixtures/vendor/junit-10.xsd "$out/embedded.json" "$fail_on" "$out/junit-$fail_on.xml" ||
    fail "JUnit with --fail-on $fail_on"
done

# --- GitLab Code Quality -----------------------------------------------------------------
step "GitLab Code Quality"
"$wtsa" check data --format gitlab --fail-on never --output "$out/gl-code-quality.json"
"$wtsa" check data --format json --fail-on never --output "$out/data.json"
"$py" "$tools/validate.py" gitlab "$out/data.json" "$root" "$out/gl-code-quality.json" ||
  fail "GitLab Code Quality"

# --- the CI integrations ------------------------------------------------------------------
step "action.yml and the GitLab CI template"
bash ci/validate-integrations.sh || fail "the GitHub Action or the GitLab CI template"

if [ "$failed" -ne 0 ]; then
  echo "validate-outputs: a consumer rejected an output (above)" >&2
  exit 1
fi
echo "validate-outputs: every output accepted"
