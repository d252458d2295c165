// Serves the production build (dist/) on 127.0.0.1 with the security headers the app relies on.
// sirv is a small, well-kept static server; we add the headers and caching policy ourselves.
import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error('dist/ fehlt – bitte zuerst "npm run build" ausführen.');
  process.exit(1);
}

export const SECURITY_HEADERS = {
  // Nothing leaves the origin: no CDN, fonts, analytics. Styles may be inline (React style props).
  // worker-src blob: is for the HEIC decoder (heic-to), which starts its worker from a blob: URL; its
  // csp build uses neither eval nor WebAssembly, so script-src stays 'self' (no 'wasm-unsafe-eval').
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; worker-src 'self' blob:; manifest-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const serve = sirv(root, {
  etag: true,
  setHeaders(res, pathname) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    // Hashed assets never change; index.html and the service worker must always be revalidated.
    if (pathname.startsWith('/assets/'))
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  },
});

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
const server = http.createServer((req, res) =>
  serve(req, res, () => {
    res.statusCode = 404;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.end('Nicht gefunden');
  }),
);
server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Redaktionsplan läuft auf http://${host}:${actualPort}/`);
});
