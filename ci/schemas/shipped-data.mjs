// The shipped data files, read as the teams who build on the schemas read them: every YAML and
// JSON file under the data directory (SG20's documents and the catalogue), not the copied
// sources; YAML with js-yaml's YAML 1.2 core schema, so a date stays the string the schema says.
import { createRequire } from "node:module";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const tools = resolve(process.env.WTSA_NODE_TOOLS);
export const requireTool = createRequire(join(tools, "package.json"));
const yaml = requireTool("js-yaml");

export function dataFiles(dataDir, dir = dataDir) {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        // The copied report and procedure notes are sources, not data.
        return dir === dataDir && entry === "sources" ? [] : dataFiles(dataDir, path);
      }
      return /\.(ya?ml|json)$/.test(entry) ? [path] : [];
    });
}

export function read(path) {
  const text = readFileSync(path, "utf8");
  return path.endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** The document kind a schema describes (its `kind` constant), or undefined for an output. */
export function kindOfSchema(schema) {
  const kind = schema.properties?.kind?.const;
  return typeof kind === "string" ? kind : undefined;
}
