// Production build for the bench, and the gzipped size of the JavaScript index.html loads up front.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const MARKER = '.bench-build';

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/**
 * Builds dist/ when it is missing, older than the sources, or of the other kind (a profiling build is
 * unminified). mode: 'auto' | 'always' | 'never'. Returns whether a build ran.
 */
export function ensureBuild(root, { mode = 'auto', kind = 'production' } = {}) {
  const dist = path.join(root, 'dist');
  const index = path.join(dist, 'index.html');
  const marker = path.join(dist, MARKER);
  const builtKind = existsSync(marker)
    ? readFileSync(marker, 'utf8').trim()
    : existsSync(index)
      ? 'production'
      : '';
  if (mode === 'never') {
    if (!existsSync(index)) throw new Error('dist/ is missing and BENCH_BUILD=never');
    if (builtKind !== kind)
      throw new Error(`dist/ holds a ${builtKind} build, not ${kind}; drop BENCH_BUILD=never`);
    return false;
  }
  const sourcesMtime = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
      newestMtime(path.join(root, p)),
    ),
  );
  const stale = !existsSync(index) || statSync(index).mtimeMs < sourcesMtime || builtKind !== kind;
  if (mode === 'auto' && !stale) return false;
  const args = ['vite', 'build', '--logLevel', 'warn'];
  if (kind === 'profile') args.push('--minify', 'false');
  console.log(`bench: npx ${args.join(' ')}`);
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  writeFileSync(marker, kind);
  return true;
}

/** Scripts and modulepreloads referenced by dist/index.html, gzipped (level 9) one by one. */
export function initialJsSize(root) {
  const dist = path.join(root, 'dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag) && /type=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']?modulepreload/i.test(tag);
    const ref = tag.match(/\b(?:src|href)=["']?([^"' >]+)/i)?.[1];
    if ((isScript || isPreload) && ref && !/^https?:/i.test(ref)) refs.add(ref);
  }
  const files = [...refs].map((ref) => {
    const file = path.join(dist, ref.replace(/^\//, '').split('?')[0]);
    const bytes = readFileSync(file);
    return {
      file: path.relative(root, file),
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
  return {
    files,
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
    totalBytes: files.reduce((s, f) => s + f.bytes, 0),
  };
}

/** gzip size of a dist file by its URL path (for the scripts the browser actually fetched). */
export function gzipSizeOf(root, urlPath) {
  const file = path.join(root, 'dist', urlPath.replace(/^\//, ''));
  if (!existsSync(file)) return null;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * What the initial JavaScript is made of: an unminified build marks each module with a comment line
 * ("// node_modules/…" or "// src/…"); each package's (or src folder's) text is gzipped on its own.
 * Sizes are approximate (unminified, gzipped separately) but rank the modules correctly.
 */
export function initialJsBreakdown(root) {
  const { files } = initialJsSize(root);
  const parts = new Map();
  for (const f of files) {
    let current = '(runtime)';
    for (const line of readFileSync(path.join(root, f.file), 'utf8').split('\n')) {
      const m = /^\/\/ ((?:node_modules|src)\/\S+)/.exec(line);
      if (m)
        current = m[1].startsWith('node_modules/')
          ? m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1')
          : m[1].split('/').slice(0, 3).join('/');
      parts.set(current, (parts.get(current) ?? '') + line + '\n');
    }
  }
  return [...parts.entries()]
    .map(([module, text]) => ({ module, gzip: gzipSync(Buffer.from(text), { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
}
