import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// ARCHITECTURE §8: the first load must fit 2G/3G; every screen but login/home is a lazy chunk.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: new URL('./dist', import.meta.url).pathname,
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    // No inline data: URLs: the icon is a separate, cacheable file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate, long-cached file.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
