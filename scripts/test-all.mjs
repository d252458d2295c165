// `npm test`: typecheck, lint, unit/component tests (vitest), production build, end-to-end tests in
// Chromium. Runs every stage even when one fails, then prints one summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function countStage(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

countStage('typecheck', run('Typecheck (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
countStage('lint', run('Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']));
countStage('format', run('Formatting (prettier --check)', 'npx', ['prettier', '--check', '.']));

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('Unit and component tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numFailedTests > 0) failures.push(`${vitest.numFailedTests} vitest test(s)`);
  if (!unitOk && vitest.numFailedTests === 0) countStage('vitest run', false);
} else countStage('vitest run', unitOk);

const buildOk = run('Production build (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
countStage('build', buildOk);

if (buildOk) {
  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('End-to-end tests (Chromium)', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    const ok = e2e.stats.expected ?? 0;
    const bad = (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    passed += ok;
    failed += bad;
    if (bad > 0) failures.push(`${bad} e2e test(s)`);
    if (!e2eOk && bad === 0) countStage('e2e run', false);
  } else countStage('e2e run', e2eOk && existsSync('test-results/e2e.json'));
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
