// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { offlineCache } from './src/integrations/offline-cache.ts';
import { paletteCss } from './src/integrations/palette-css.ts';
import { envGuard } from './src/integrations/env-guard.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { readBuildSettings } from './src/lib/build-settings.ts';
import { mdxFactsPlugin, mdxParagraphsPlugin } from './src/lib/mdx-facts.ts';
import { isListedInSitemap } from './src/lib/page-meta.ts';
import { SHARED_CSP_DIRECTIVES } from './src/lib/csp.ts';

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
  // hostFiles writes dist/_headers and dist/_redirects after the build;
  // offlineCache then writes dist/sw.js over the finished files.
  integrations: [envGuard(), mdx(), sitemap({ filter: (page) => isListedInSitemap(page, base) }), hostFiles(), offlineCache()],
  // No code in the story; Shiki's inline styles would not pass the CSP anyway. Over each MDX syntax
  // tree: paragraphs get their ids, then one pass records links, mentions, claims and words (src/lib/mdx-facts.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [...mdxParagraphsPlugin(), mdxFactsPlugin()] }) },
  // paletteCss serves the colour tokens from src/lib/palette.ts as virtual:palette.css. The page
  // script is a file, not inline: it is not render-blocking, so it need not ride in the first
  // round trip, and one cached copy serves every page.
  vite: { plugins: [tailwindcss(), paletteCss()], build: { assetsInlineLimit: 0 } },
  // Astro hashes the inline scripts and styles; the other directives are shared with dist/_headers.
  security: { csp: { directives: [...SHARED_CSP_DIRECTIVES] } },
  devToolbar: { enabled: false },
});
