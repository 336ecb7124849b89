"""The shipped data files, read as the teams who build on the schemas read them.

Every YAML and JSON file under the data directory (SG20's documents and the catalogue), but
not the copied sources; YAML read with YAML 1.2 core-schema scalars (see ``Yaml12Loader``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core-schema scalars.

    PyYAML implements YAML 1.1, where an unquoted ``2022-07-18`` is a date and ``no`` or ``on``
    a boolean; the schemas, like YAML 1.2, say a date is a string (ISO 8601) and only
    ``true``/``false`` are booleans. Integers are decimal without a leading zero (``0123``
    stays a string rather than becoming octal).
    """


Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]:
    Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def data_files(data_dir: Path) -> list[Path]:
    """Every data file under ``data_dir``, in a stable order."""
    files = []
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir)
        # The copied report and procedure notes are sources, not data.
        if relative.parts[0] == "sources" or not path.is_file():
            continue
        if path.suffix in (".yaml", ".yml", ".json"):
            files.append(path)
    return files


def read(path: Path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=Yaml12Loader)  # noqa: S506 — a safe loader


def kind_of_schema(schema: dict) -> str | None:
    """The document kind a schema describes (its `kind` constant), or None for an output."""
    kind = schema.get("properties", {}).get("kind", {}).get("const")
    return kind if isinstance(kind, str) else None
