import { describe, expect, it } from 'vitest';
import { stagingFolderFor } from '../../src/lib/staging';

describe('the staging folder of a build', () => {
  it('sits beside the output folder, named after it', () => {
    expect(stagingFolderFor(new URL('file:///work/site/dist/')).href).toBe('file:///work/site/dist.partial/');
    expect(stagingFolderFor(new URL('file:///tmp/main-dist')).href).toBe('file:///tmp/main-dist.partial/');
    expect(stagingFolderFor(new URL('file:///tmp/my%20site/out/')).href).toBe('file:///tmp/my%20site/out.partial/');
  });

  it('refuses the root of the disk, which has no folder beside it', () => {
    expect(() => stagingFolderFor(new URL('file:///'))).toThrow(/root of the disk/);
  });
});
