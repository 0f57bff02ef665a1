// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readBuildSettings } from './src/lib/build-settings.ts';

// SITE_URL and BASE_PATH come from the environment; see README "Deploying".
const { site, base } = readBuildSettings(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // OUT_DIR and CACHE_DIR let tests build variants side by side without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
  security: { csp: true },
  devToolbar: { enabled: false },
});
