// Why: builds the Svelte UI into ui/dist, the folder the Tauri app embeds (frontendDist).
// Relative asset URLs (base './') work from the custom tauri:// origin and from a test server.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Node (20.11 and later) and Vite's config loader both provide import.meta.dirname; declared here
// so type-checking this file does not need @types/node.
declare global {
  interface ImportMeta {
    readonly dirname: string;
  }
}

const uiRoot = import.meta.dirname;

export default defineConfig({
  root: uiRoot,
  base: './',
  plugins: [svelte()],
  // No public/ folder: every file the app needs is imported and hashed by Vite.
  publicDir: false,
  clearScreen: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never turn assets into data: URLs or inline code; the CSP only allows 'self'.
    assetsInlineLimit: 0,
    // The Tauri webviews support modulepreload; the polyfill is not needed.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    host: '127.0.0.1',
    // The Fluent files live in ../locales, outside the Vite root.
    fs: { allow: [`${uiRoot}/..`] },
  },
});
