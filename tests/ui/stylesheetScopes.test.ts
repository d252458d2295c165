// Each view's stylesheet is loaded with its chunk and then stays in the page for the rest of the visit.
// A class it defines that another stylesheet defines too therefore restyles that other view from then
// on (the settings' .badge once turned the board's red "Dringend" badges white). So no class is
// defined at the top level of two stylesheets; a view scopes a shared name under its own root instead.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(process.cwd(), 'src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Classes a rule targets on its own, e.g. `.badge {` or `.badge,` — not `.settings .badge`. */
function topLevelClasses(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set(Array.from(withoutComments.matchAll(/^\s*\.([\w-]+)\s*[{,]/gm), (m) => m[1]!));
}

describe('view stylesheets', () => {
  it('never define the same top-level class twice', () => {
    const owners = new Map<string, string[]>();
    for (const file of stylesheets(src))
      for (const name of topLevelClasses(readFileSync(file, 'utf8')))
        owners.set(name, [...(owners.get(name) ?? []), path.relative(src, file)]);
    const shared = [...owners]
      .filter(([, files]) => files.length > 1)
      .map(([name, files]) => `.${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
