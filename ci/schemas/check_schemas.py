"""Python jsonschema on the committed schemas and the shipped data.

Every schema: valid against the draft 2020-12 meta-schema, every `format` one the draft
defines (jsonschema, like any validator not in a strict mode, would silently ignore another),
every local `$ref` resolvable. Every shipped data file (YAML and JSON, SG20 and the catalogue):
valid against its kind's schema and against the bundle, formats checked; a negative control —
a document without a required field — must be refused by both.

Usage: python check_schemas.py SCHEMAS_DIR DATA_DIR
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from shipped_data import data_files, kind_of_schema, read

BUNDLE = "wtsa.bundle.schema.json"

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


def validator(schema):
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(validator, document):
    return [
        f"{error.message} at /{'/'.join(map(str, error.absolute_path))}"
        for error in validator.iter_errors(document)
    ]


def main():
    schemas_dir, data_dir = (Path(arg).resolve() for arg in sys.argv[1:3])
    failed = 0
    schemas = {}
    for path in sorted(schemas_dir.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        found = list(problems(schema))
        failed += bool(found)
        print(f"jsonschema: {path.name}: " + ("ok" if not found else "\n  ".join(["refused:", *found])))
        schemas[path.name] = schema
    if failed:
        sys.exit(1)

    by_kind = {
        kind: (validator(schema), schema)
        for schema in schemas.values()
        if (kind := kind_of_schema(schema)) is not None
    }
    bundle = validator(schemas[BUNDLE])
    files = data_files(data_dir)
    if not files:
        print(f"jsonschema: no data file under {data_dir}")
        sys.exit(1)
    for path in files:
        relative = path.relative_to(data_dir)
        document = read(path)
        kind = document.get("kind") if isinstance(document, dict) else None
        if kind not in by_kind:
            failed += 1
            print(f"jsonschema: {relative}: no schema has kind {kind!r}")
            continue
        found = [f"{kind}: {e}" for e in errors(by_kind[kind][0], document)]
        found += [f"{BUNDLE}: {e}" for e in errors(bundle, document)]
        failed += bool(found)
        print(f"jsonschema: {relative}: " + ("valid" if not found else "\n  ".join(["invalid:", *found[:20]])))

    # The negative control: the first document without the first field its schema requires
    # (other than `kind`) must be refused by its schema and by the bundle.
    document = read(files[0])
    check, schema = by_kind[document["kind"]]
    field = next((f for f in schema.get("required", []) if f != "kind"), None)
    if field is None:
        failed += 1
        print(f"jsonschema: {files[0].name}: its schema requires no field to leave out")
    else:
        del document[field]
        if check.is_valid(document) or bundle.is_valid(document):
            failed += 1
            print(f"jsonschema: the negative control (no `{field}`) was accepted")
        else:
            print(f"jsonschema: the negative control (no `{field}`) is refused, as it must be")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
