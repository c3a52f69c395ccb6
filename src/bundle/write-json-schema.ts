/**
 * `npm run bundle-schema`: writes docs/capture-bundle.schema.json from the zod schema. Run it after
 * changing any schema a bundle holds; json-schema.test.ts fails until the committed file matches.
 */
import { writeFileSync } from 'node:fs';
import { captureBundleJsonSchema, JSON_SCHEMA_PATH } from './json-schema';

writeFileSync(JSON_SCHEMA_PATH, captureBundleJsonSchema());
console.log(`Wrote ${JSON_SCHEMA_PATH}.`);
