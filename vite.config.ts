/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative asset paths: a town's IT can host dist/ under any sub-path of its web server.
  base: './',
  plugins: [
    react(),
    // Service worker that precaches the built app, so after one online visit it opens with no network.
    // 'prompt': a new version is offered (UpdatePrompt), never swapped in under an open editor.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Redaktionsplan',
        short_name: 'Redaktionsplan',
        description: 'Redaktionsplanung für Pressestellen – lokal im Browser, ohne Server',
        lang: 'de',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f5f7',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The HEIC decoder (heic-to, 3 MB, 0.7 MB gzip) is over workbox's 2 MiB default; precached
        // like the rest, an iPhone photo converts offline too. It loads with the first HEIC file only.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // React DOM in a chunk of its own: V8 compiles each module script on a background thread and
    // the board cannot start before the largest one is compiled (module scripts get no code cache
    // here). One 352 kB chunk was the critical path; split, two threads share it.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
