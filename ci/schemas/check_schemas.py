"""Python jsonschema on every schema given: valid against the draft 2020-12 meta-schema, every
`format` one the draft defines (jsonschema, like any validator not in a strict mode, would
silently ignore another), every local `$ref` resolvable.

Usage: python check_schemas.py SCHEMA.json...
"""

import json
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

# JSON Schema 2020-12, validation vocabulary §7.3.
STANDARD_FORMATS = {
    "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
    "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template",
    "json-pointer", "relative-json-pointer", "regex",
}


def walk(value, path="#"):
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("const", "enum", "default", "examples"):
                continue
            yield path, key, child
            yield from walk(child, f"{path}/{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from walk(child, f"{path}/{index}")


def pointer(document, ref):
    node = document
    for part in ref.removeprefix("#").split("/")[1:]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def problems(schema):
    try:
        Draft202012Validator.check_schema(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    except SchemaError as error:
        yield f"not a valid draft 2020-12 schema: {error.message} at {list(error.absolute_path)}"
        return
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for path, key, value in walk(schema):
        if key == "format" and isinstance(value, str) and value not in STANDARD_FORMATS:
            yield f"{path}: unknown format {value!r}"
        if key == "$ref" and isinstance(value, str) and value.startswith("#"):
            try:
                pointer(schema, value)
            except (KeyError, IndexError, TypeError):
                yield f"{path}: unresolvable $ref {value!r}"


def main():
    failed = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as file:
            found = list(problems(json.load(file)))
        failed += bool(found)
        print(f"jsonschema: {path}: " + ("ok" if not found else "\n  ".join(["refused:", *found])))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
