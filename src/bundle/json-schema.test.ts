import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureBundleJsonSchema, JSON_SCHEMA_PATH } from './json-schema';

describe('the capture bundle JSON Schema', () => {
  it('is committed exactly as generated from the zod schema (npm run bundle-schema)', () => {
    const committed = readFileSync(JSON_SCHEMA_PATH, 'utf8');
    expect(committed, 'docs/capture-bundle.schema.json is out of date: run npm run bundle-schema').toBe(captureBundleJsonSchema());
  });

  it('says what a bundle must hold', () => {
    const schema = JSON.parse(captureBundleJsonSchema()) as { required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'home', 'exportedAt', 'pseudonymised', 'notes', 'samples', 'auditCycles', 'recipes']));
    expect(schema.properties.format!.const).toBe('record-lens/capture-bundle');
  });
});
