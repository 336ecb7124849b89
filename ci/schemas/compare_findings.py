"""Whether `wtsa check` finds the same in data written back by generated code as in the data.

Usage: python compare_findings.py REFERENCE.json OTHER.json...  (`wtsa check --format json`)
Each report's findings are compared as (code, subject, message), as a multiset: locations
differ (a JSON file has other lines than its YAML original), what is found must not.
"""

import json
import sys
from collections import Counter


def findings(path: str) -> tuple[Counter, dict]:
    with open(path, encoding="utf-8") as file:
        report = json.load(file)
    found = Counter((f["code"], f["subject"], f["message"]) for f in report["findings"])
    return found, report["summary"]


def main() -> None:
    reference_path, *others = sys.argv[1:]
    reference, summary = findings(reference_path)
    failed = False
    for path in others:
        other, other_summary = findings(path)
        if other_summary["documents"] != summary["documents"]:
            failed = True
            print(f"{path}: {other_summary['documents']} documents, not {summary['documents']}")
        missing, extra = reference - other, other - reference
        for code, subject, message in sorted(missing.elements()):
            print(f"{path}: lost {code} {subject}: {message}")
        for code, subject, message in sorted(extra.elements()):
            print(f"{path}: new {code} {subject}: {message}")
        failed = failed or bool(missing or extra)
        if not (missing or extra):
            print(
                f"round trip: {path}: the same {sum(other.values())} findings "
                f"in {other_summary['documents']} documents as {reference_path}"
            )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
