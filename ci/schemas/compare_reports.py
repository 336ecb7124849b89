"""Whether `wtsa check` reports the same on data written back by generated code as on the data.

Usage: python compare_reports.py ROOT REPORT.json [ROOT REPORT.json]...
Each REPORT is `wtsa check ROOT --format json`; the first pair is the reference. The reports
are compared whole — findings in order with their codes, rules, severities, messages, subjects,
JSON pointers, document kinds, citations and fingerprints, the files checked, the summary —
minus what depends on where and how a file is written: its path (compared relative to its ROOT,
without the extension, as YAML comes back as JSON) and the line and column of a location (a finding's or a related one).
"""

import json
import sys
from pathlib import Path


def stem(path: str, root: Path) -> str:
    relative = Path(path).resolve().relative_to(root.resolve())
    return relative.with_suffix("").as_posix()


def normalise_locations(value, root: Path) -> None:
    """A finding's location and its related locations: the file as a stem, no line or column."""
    if isinstance(value, dict):
        if isinstance(value.get("file"), str) and "pointer" in value:
            value["file"] = stem(value["file"], root)
            for key in ("line", "column", "end_line", "end_column"):
                value.pop(key, None)
        for child in value.values():
            normalise_locations(child, root)
    elif isinstance(value, list):
        for child in value:
            normalise_locations(child, root)


def normalised(report_path: str, root: Path) -> dict:
    with open(report_path, encoding="utf-8") as file:
        report = json.load(file)
    report["files"] = [stem(path, root) for path in report["files"]]
    normalise_locations(report["findings"], root)
    return report


def differences(reference, other, path="") -> list[str]:
    if isinstance(reference, dict) and isinstance(other, dict):
        found = []
        for key in sorted(reference.keys() | other.keys()):
            if key not in other:
                found.append(f"{path}/{key}: missing")
            elif key not in reference:
                found.append(f"{path}/{key}: added")
            else:
                found += differences(reference[key], other[key], f"{path}/{key}")
        return found
    if isinstance(reference, list) and isinstance(other, list):
        found = [] if len(reference) == len(other) else [f"{path}: {len(other)} items, not {len(reference)}"]
        for index, (a, b) in enumerate(zip(reference, other)):
            found += differences(a, b, f"{path}/{index}")
        return found
    return [] if reference == other else [f"{path}: {other!r}, not {reference!r}"]


def main() -> None:
    args = sys.argv[1:]
    if len(args) < 4 or len(args) % 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    pairs = [(Path(args[i]), args[i + 1]) for i in range(0, len(args), 2)]
    (reference_root, reference_path), *others = pairs
    reference = normalised(reference_path, reference_root)
    failed = False
    for root, path in others:
        found = differences(reference, normalised(path, root))
        for difference in found[:40]:
            print(f"round trip: {path}: {difference}")
        failed = failed or bool(found)
        if not found:
            summary = reference["summary"]
            print(
                f"round trip: {path}: the same report as on {reference_root} "
                f"({len(reference['findings'])} findings, {summary['suppressed']} suppressed, "
                f"{summary['documents']} documents)"
            )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
