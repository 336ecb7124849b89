// Every data file read by js-yaml (a YAML 1.1 reader, as ajv-cli reads YAML) and validated by
// ajv (draft 2020-12) with ajv-formats against the schema of its `kind`, as a team validating
// our data with ajv would. Usage: node validate-data.mjs SCHEMAS_DIR FILE...
// (Compiling the schemas themselves in ajv's strict mode is ci/schemas.sh's part.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import yaml from "js-yaml";

const [schemasDir, ...files] = process.argv.slice(2);
// strict: "log" so that a schema keyword ajv does not know is reported, not fatal, here.
const ajv = new Ajv2020({ allErrors: true, strict: "log" });
addFormats(ajv);
// schemars writes the Rust integer types as formats; ajv-formats does not know them. Until the
// schemas drop them (ci/schemas.sh compiles the schemas in strict mode), they mean their range.
const ranges = { uint: [0, Number.MAX_SAFE_INTEGER], uint8: [0, 255], uint16: [0, 65535],
  uint32: [0, 4294967295], uint64: [0, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647], int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] };
for (const [name, [min, max]] of Object.entries(ranges)) {
  ajv.addFormat(name, { type: "number", validate: (n) => Number.isInteger(n) && n >= min && n <= max });
}
for (const name of ["float", "double"]) {
  ajv.addFormat(name, { type: "number", validate: (n) => Number.isFinite(n) });
}
const validators = new Map();
let failed = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let document;
  try {
    document = file.endsWith(".json") ? JSON.parse(text) : yaml.load(text);
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    failed += 1;
    continue;
  }
  const kind = document && document.kind;
  if (typeof kind !== "string") {
    console.error(`${file}: no kind`);
    failed += 1;
    continue;
  }
  if (!validators.has(kind)) {
    const schema = JSON.parse(readFileSync(join(schemasDir, `${kind}.schema.json`), "utf8"));
    validators.set(kind, ajv.compile(schema));
  }
  const validate = validators.get(kind);
  if (!validate(document)) {
    failed += 1;
    for (const error of validate.errors.slice(0, 20)) {
      console.error(`${file}: ${error.instancePath || "/"}: ${error.message}`);
    }
  }
}
if (failed > 0) {
  console.error(`ajv: ${failed} of ${files.length} files rejected`);
  process.exit(1);
}
console.log(`ajv: ${files.length} files valid`);
