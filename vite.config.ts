import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The renderer is built into dist/, which the desktop app serves from app://desk (relative
// asset paths) and the browser mode over 127.0.0.1. Nothing is fetched from elsewhere:
// the CSP in index.html forbids remote content, and the app must work offline.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // postcss.config.cjs lives at the project root, not in renderer/.
  css: { postcss: projectRoot },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // Inline nothing into data: URLs beyond the small default; the CSP allows data: only for
    // images and fonts.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `vite` dev server: point ASOEN_API_URL at a running `npm run web` to use its API.
    proxy: process.env.ASOEN_API_URL ? { '/api': process.env.ASOEN_API_URL } : undefined,
  },
});
