import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in web/; the Gantry server serves dist/web and answers /api, so in development
// Vite forwards /api to a locally running server and the browser sees one origin (cookies just work).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
