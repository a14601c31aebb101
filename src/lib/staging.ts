/**
 * The folder a build writes into before it is complete: the output folder's name with
 * ".partial", beside it (so the final move is a rename on the same disk).
 * `dist/` gives `dist.partial/`; `/tmp/site/` gives `/tmp/site.partial/`.
 */
export function stagingFolderFor(outDir: URL): URL {
  const path = outDir.pathname.replace(/\/+$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!name) throw new Error(`The output folder cannot be the root of the disk (${outDir.href}).`);
  return new URL(`${name}.partial/`, new URL('./', new URL(path, outDir)));
}
