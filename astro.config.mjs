// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { offlineCache } from './src/integrations/offline-cache.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { readBuildSettings } from './src/lib/build-settings.ts';
import { isListedInSitemap } from './src/lib/page-meta.ts';
import { SHARED_CSP_DIRECTIVES } from './src/lib/static-headers.ts';

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
  // staticHeaders writes dist/_headers and dist/_redirects from public/ after the build;
  // offlineCache then writes dist/sw.js over the finished files.
  integrations: [mdx(), sitemap({ filter: isListedInSitemap }), staticHeaders(), offlineCache()],
  // No code in the story; Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
  // Astro hashes the inline scripts and styles; the other directives are shared with dist/_headers.
  security: { csp: { directives: [...SHARED_CSP_DIRECTIVES] } },
  devToolbar: { enabled: false },
});
