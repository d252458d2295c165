// Runs scripts/serve.mjs (the app's own static server, with its CSP headers) on a free port.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(null));
      probe.listen(port, '127.0.0.1', () => {
        const actual = probe.address().port;
        probe.close(() => resolve(actual));
      });
    });
  return tryPort(preferred).then((port) => port ?? tryPort(0));
}

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function startServer(root, preferredPort = 4399) {
  const port = await freePort(preferredPort);
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited (${child.exitCode}): ${output.trim()}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`serve.mjs did not answer on ${url}: ${output.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref();
    });
  return { url, stop };
}
