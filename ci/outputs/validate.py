"""The Python side of ci/validate-outputs.sh: each check reads what wtsa wrote as its consumer
does and exits 1, naming the file and the problem, when the consumer would reject it.

  validate.py data SCHEMAS_DIR FILE...          PyYAML (a YAML 1.1 reader) + jsonschema, formats on
  validate.py sarif SCHEMA REPORT.json FILE...   the SARIF 2.1.0 schema, formats on, and the URIs
  validate.py multitool RESULT.sarif...          errors and warnings of Microsoft's SARIF multitool
  validate.py junit XSD REPORT.json FAIL_ON FILE the Jenkins xUnit XSD and GitLab's reading of it
  validate.py gitlab REPORT.json ROOT FILE       GitLab Code Quality's required fields
"""

import json
import sys
import urllib.parse
from pathlib import Path

import jsonschema
import yaml

problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def validator(schema):
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def errors(checker, instance, where):
    for error in sorted(checker.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        path = "/" + "/".join(str(p) for p in error.absolute_path)
        problem(where, f"{path}: {error.message[:300]}")


def data(schemas_dir, files):
    """Every data file as a YAML 1.1 reader reads it, against the schema of its `kind`."""
    checkers = {}
    for name in files:
        text = Path(name).read_text(encoding="utf-8")
        # PyYAML's safe_load is YAML 1.1: an unquoted 2022-07-18 becomes a date here.
        document = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
        kind = document.get("kind") if isinstance(document, dict) else None
        if kind is None:
            problem(name, "no `kind`")
            continue
        if kind not in checkers:
            schema = json.loads((Path(schemas_dir) / f"{kind}.schema.json").read_text())
            checkers[kind] = validator(schema)
        errors(checkers[kind], document, name)


def sarif(schema_file, report_file, files):
    """The official schema with format checking, then what GitHub needs of the locations."""
    checker = validator(json.loads(Path(schema_file).read_text()))
    findings = len(json.loads(Path(report_file).read_text())["findings"])
    for name in files:
        log = json.loads(Path(name).read_text(encoding="utf-8"))
        errors(checker, log, name)
        run = log["runs"][0]
        if run.get("columnKind") != "unicodeCodePoints":
            problem(name, f"columnKind is {run.get('columnKind')!r}")
        bases = run.get("originalUriBaseIds", {})
        for base_id, base in bases.items():
            uri = base.get("uri", "")
            if not (uri.startswith("file:///") and uri.endswith("/")):
                problem(name, f"originalUriBaseIds.{base_id} is {uri!r}, not an absolute file URI ending in /")
        results = run.get("results", [])
        if len(results) != findings:
            problem(name, f"{len(results)} results for {findings} findings")
        for i, result in enumerate(results):
            for location in result.get("locations", []):
                physical = location["physicalLocation"]
                artifact = physical["artifactLocation"]
                uri = artifact["uri"]
                if " " in uri or any(ord(c) > 127 for c in uri):
                    problem(name, f"results[{i}]: {uri!r} is not percent-encoded")
                base_id = artifact.get("uriBaseId")
                if base_id is None and not uri.startswith("file:///"):
                    problem(name, f"results[{i}]: relative {uri!r} without a uriBaseId")
                if base_id is not None and base_id not in bases:
                    problem(name, f"results[{i}]: uriBaseId {base_id} is not in originalUriBaseIds")
                # The URI resolves to a file that exists (it was just checked).
                resolved = urllib.parse.urljoin(bases[base_id]["uri"], uri) if base_id else uri
                path = Path(urllib.parse.unquote(urllib.parse.urlparse(resolved).path))
                if not path.is_file():
                    problem(name, f"results[{i}]: {resolved} names no file")
                region = physical.get("region", {})
                for key in ("startLine", "startColumn", "endLine", "endColumn"):
                    if not isinstance(region.get(key), int) or region[key] < 1:
                        problem(name, f"results[{i}]: region.{key} is {region.get(key)!r}")


# Multitool warnings accepted, each with the reason.
ACCEPTED_WARNINGS = {
    # "The tool does not provide 'informationUri'": wtsa has no public home page yet (the
    # workspace's `repository` is a placeholder); GitHub's ingestion does not need it.
    "SARIF2005",
}


def multitool(files):
    """The multitool writes its verdict as SARIF; its exit code is 0 whatever it found."""
    for name in files:
        log = json.loads(Path(name).read_text(encoding="utf-8-sig"))
        for run in log["runs"]:
            for result in run.get("results", []):
                level = result.get("level", "warning")
                if level == "error" or (level == "warning" and result.get("ruleId") not in ACCEPTED_WARNINGS):
                    text = result.get("message", {}).get("text") or result.get("ruleId")
                    where = result.get("locations", [{}])[0].get("physicalLocation", {})
                    uri = where.get("artifactLocation", {}).get("uri", name)
                    problem(uri, f"{level} {result.get('ruleId')}: {text}")
            for notification in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
                if notification.get("level") == "error":
                    problem(name, f"multitool: {notification.get('message', {}).get('text')}")


def junit(xsd, report_file, fail_on, name):
    """The Jenkins xUnit schema, then GitLab's reading: a failure is a finding at or above
    --fail-on and nothing else, the counts agree with the cases, each case has a name and class."""
    import xml.etree.ElementTree as ET

    import xmlschema

    schema = xmlschema.XMLSchema(xsd)
    for error in schema.iter_errors(name):
        problem(name, f"Jenkins xUnit XSD: {error.reason} at {error.path}")
    order = ["info", "warning", "error"]
    findings = json.loads(Path(report_file).read_text())["findings"]
    threshold = len(order) if fail_on == "never" else order.index(fail_on)
    expected = sum(1 for f in findings if order.index(f["severity"]) >= threshold)
    root = ET.parse(name).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    cases = [c for s in suites for c in s.findall("testcase")]
    failures = [c for c in cases if c.find("failure") is not None or c.find("error") is not None]
    if len(failures) != expected:
        problem(name, f"{len(failures)} failed cases, {expected} findings at or above {fail_on}")
    for suite in suites:
        for attribute, count in (("tests", len(suite.findall("testcase"))),
                                 ("failures", sum(1 for c in suite.findall("testcase") if c.find("failure") is not None))):
            if suite.get(attribute) != str(count):
                problem(name, f"testsuite {attribute}={suite.get(attribute)!r}, {count} cases")
    for case in cases:
        if not case.get("name") or not case.get("classname"):
            problem(name, f"a testcase without name or classname: {case.attrib}")
    if len(cases) < len(findings):
        problem(name, f"{len(cases)} cases for {len(findings)} findings: some findings are not listed")


def gitlab(report_file, root, name):
    """GitLab's Code Quality: an array of issues with description, check_name, a unique
    fingerprint, a severity GitLab knows and a path relative to the repository that exists."""
    issues = json.loads(Path(name).read_text(encoding="utf-8"))
    findings = json.loads(Path(report_file).read_text())["findings"]
    if not isinstance(issues, list):
        problem(name, "not a JSON array")
        return
    if len(issues) != len(findings):
        problem(name, f"{len(issues)} issues for {len(findings)} findings")
    seen = set()
    for i, issue in enumerate(issues):
        for key in ("description", "check_name", "fingerprint"):
            if not isinstance(issue.get(key), str) or not issue[key]:
                problem(name, f"[{i}].{key} is {issue.get(key)!r}")
        if issue.get("severity") not in ("info", "minor", "major", "critical", "blocker"):
            problem(name, f"[{i}].severity is {issue.get('severity')!r}")
        if issue.get("fingerprint") in seen:
            problem(name, f"[{i}].fingerprint {issue['fingerprint']} repeats")
        seen.add(issue.get("fingerprint"))
        location = issue.get("location", {})
        path = location.get("path", "")
        if path.startswith(("/", "./")) or "\\" in path or not (Path(root) / path).is_file():
            problem(name, f"[{i}].location.path {path!r} is not a repository file")
        begin = location.get("lines", {}).get("begin")
        if not isinstance(begin, int) or begin < 1:
            problem(name, f"[{i}].location.lines.begin is {begin!r}")


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "data":
        data(args[0], args[1:])
    elif command == "sarif":
        sarif(args[0], args[1], args[2:])
    elif command == "multitool":
        multitool(args)
    elif command == "junit":
        junit(*args)
    elif command == "gitlab":
        gitlab(*args)
    else:
        sys.exit(f"unknown check {command}")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
