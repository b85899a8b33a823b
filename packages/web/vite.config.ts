import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// ARCHITECTURE §8: the first load must fit 2G/3G; every screen but login/home is a lazy chunk.
export default defineConfig({
  plugins: [
    preact(),
    // ARCHITECTURE §5/§8: after the first visit the app opens with no network at all.
    VitePWA({
      registerType: 'prompt',
      // src/app/pwa.ts registers it (and shows the "new version" banner).
      injectRegister: false,
      // public/manifest.webmanifest is the manifest; index.html links it.
      manifest: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      workbox: {
        // The shell, every screen chunk and every language: all of it opens offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['**/.vite/**'],
        // Client-side routes open index.html from the cache; the API is never answered by the cache.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // Data lives in IndexedDB, not in the service worker: no runtime caching of /api responses.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once; an update waits for the user's "Reload".
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    outDir: new URL('./dist', import.meta.url).pathname,
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    // No inline data: URLs: the icon is a separate, cacheable file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate, long-cached file. workbox-window
        // is loaded only when the service worker registers, after the first screen is up; zod only
        // with the lazy input check (ADR 0018), so it must not join the first-load vendor file.
        // libphonenumber-js (its metadata is ~35 KB gzipped) is needed only by the screens that show or
        // read phones (issue 10): left to its own lazy chunk as well.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules\/(?!workbox-window|zod|libphonenumber-js)/ }] },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
