// ajv in strict mode (draft 2020-12, ajv-formats), as a team generating code from our schemas
// would use it: every committed schema must compile, and every shipped data file must be valid
// against its kind's schema and against the bundle; a negative control — a document without a
// required field — must be refused by both.
//
// Usage: WTSA_NODE_TOOLS=DIR node compile-schemas.mjs SCHEMAS_DIR DATA_DIR
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { dataFiles, kindOfSchema, read, requireTool } from "./shipped-data.mjs";

const Ajv2020 = requireTool("ajv/dist/2020").default;
const addFormats = requireTool("ajv-formats").default;
const BUNDLE = "wtsa.bundle.schema.json";

const [schemasDir, dataDir] = process.argv.slice(2).map((p) => resolve(p));
let failed = 0;
const validators = new Map();
const schemaOfKind = new Map();
for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  // One instance per schema: each is compiled on its own, as a consumer of one file would.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(schemasDir, file), "utf8"));
  try {
    validators.set(file, ajv.compile(schema));
    const kind = kindOfSchema(schema);
    if (kind) schemaOfKind.set(kind, { file, schema });
    console.log(`ajv strict: ${file}: ok`);
  } catch (error) {
    failed += 1;
    console.log(`ajv strict: ${file}: ${error.message}`);
  }
}
if (failed) process.exit(1);

function problems(document) {
  const kind = schemaOfKind.get(document?.kind);
  if (!kind) return [`no schema has kind ${JSON.stringify(document?.kind)}`];
  return [kind.file, BUNDLE].flatMap((file) => {
    const validate = validators.get(file);
    return validate(document)
      ? []
      : validate.errors.slice(0, 10).map((e) => `${file}: ${e.instancePath || "/"} ${e.message}`);
  });
}

const files = dataFiles(dataDir);
if (files.length === 0) {
  console.log(`ajv: no data file under ${dataDir}`);
  process.exit(1);
}
for (const path of files) {
  const found = problems(read(path));
  failed += found.length > 0;
  console.log(`ajv: ${relative(dataDir, path)}: ${found.length ? ["invalid:", ...found].join("\n  ") : "valid"}`);
}

// The negative control: the first document without the first field its schema requires
// (other than `kind`) must be refused by its schema and by the bundle.
const document = read(files[0]);
const field = (schemaOfKind.get(document.kind).schema.required ?? []).find((f) => f !== "kind");
delete document[field];
const { file } = schemaOfKind.get(document.kind);
if (field && !validators.get(file)(document) && !validators.get(BUNDLE)(document)) {
  console.log(`ajv: the negative control (no \`${field}\`) is refused, as it must be`);
} else {
  failed += 1;
  console.log(`ajv: the negative control (no \`${field}\`) was accepted`);
}
process.exit(failed === 0 ? 0 : 1);
