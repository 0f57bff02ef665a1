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
import { mdxClaimPunctuationPlugin, mdxFactsPlugin, mdxParagraphsPlugin } from './src/lib/mdx-facts.ts';
import { isListedInSitemap } from './src/lib/page-meta.ts';
import { isIndexableBuiltPage } from './src/lib/sitemap-filter.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES } from './src/i18n/locales.ts';
import { SHARED_CSP_DIRECTIVES } from './src/lib/csp.ts';
import { isHarmlessBundlerLog } from './src/lib/bundler-logs.ts';

// SITE_URL and BASE_PATH come from the environment; see README "Deploying".
const { site, base } = readBuildSettings(process.env);
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // OUT_DIR and CACHE_DIR let tests build variants side by side without touching dist/.
  outDir,
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // hostFiles writes dist/_headers and dist/_redirects after the build;
  // offlineCache then writes dist/sw.js over the finished files.
  // The editions (src/i18n/locales.ts): English at the root, each translation below its own segment.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // The sitemap lists what a page's own head lets search engines index, with hreflang alternates between editions.
  integrations: [
    envGuard(),
    mdx(),
    sitemap({
      filter: (page) => isListedInSitemap(page, base) && isIndexableBuiltPage(outDir, base, page),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGE_TAGS[locale].lang])) },
    }),
    hostFiles(),
    offlineCache(),
  ],
  // No code in the story; Shiki's inline styles would not pass the CSP anyway. Over each MDX syntax
  // tree: paragraphs get their ids, then one pass records links, mentions, claims and words, then a claim
  // takes the punctuation after it, to set its mark after the stop (src/lib/mdx-facts.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [...mdxParagraphsPlugin(), mdxFactsPlugin(), mdxClaimPunctuationPlugin()] }) },
  // paletteCss serves the colour tokens from src/lib/palette.ts as virtual:palette.css. The page
  // script is a file, not inline: it is not render-blocking, so it need not ride in the first
  // round trip, and one cached copy serves every page.
  // The bundler's log goes through as it is, less the warnings known to be harmless (src/lib/bundler-logs.ts).
  vite: {
    plugins: [tailwindcss(), paletteCss()],
    // The page script is bundled as a worker would be (src/components/PageScript.astro) and imported as a module.
    worker: { format: 'es' },
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog(level, log, handler) {
          if (!isHarmlessBundlerLog(level, log)) handler(level, log);
        },
      },
    },
  },
  // Astro hashes the inline scripts and styles; the other directives are shared with dist/_headers.
  security: { csp: { directives: [...SHARED_CSP_DIRECTIVES] } },
  devToolbar: { enabled: false },
});
