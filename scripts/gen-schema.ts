// Writes schema/evalgate.schema.json from the zod suite schema. Run: npm run schema
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_PATH, suiteJsonSchemaText } from '../src/config/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await writeFile(path.join(root, SCHEMA_PATH), suiteJsonSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
