import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDigest } from '../../src/integrations/content-cache';

describe('the content schemas digest (clears Astro\'s content store when it changes)', () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-schema-'));
    mkdirSync(join(root, 'src/schemas'), { recursive: true });
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};');
    writeFileSync(join(root, 'src/schemas/prose.ts'), 'export const prose = 1;');
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>home</p>');
    return root;
  };

  it('changes when a module the schemas import changes, not only the config file', () => {
    const root = project();
    const before = schemaDigest(root);
    expect(schemaDigest(root)).toBe(before);
    writeFileSync(join(root, 'src/schemas/prose.ts'), 'export const prose = 2;');
    expect(schemaDigest(root)).not.toBe(before);
  });

  it('ignores code the schemas cannot import, such as pages', () => {
    const root = project();
    const before = schemaDigest(root);
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>changed</p>');
    expect(schemaDigest(root)).toBe(before);
  });
});
