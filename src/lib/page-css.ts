import { PurgeCSS } from 'purgecss';

/**
 * The words a selector can match in markup or script: Tailwind's class syntax ("max-sm:sr-only",
 * "aria-[current=page]:bg-ink") stays whole instead of splitting at ":" and "[".
 */
const TOKENS = /[^<>"'`\s]*[^<>"'`\s:]/g;

/**
 * States no built page carries but a script or the worker sets at run time: the stored colour
 * scheme (src/scripts/scheme-init.js) and the offline mark (src/scripts/service-worker.js).
 */
const RUNTIME_ATTRIBUTES = [/data-scheme/, /data-offline/];

/**
 * The rules of a stylesheet that can apply to one page: those whose selectors match something in
 * its markup or in the scripts that may add classes to it. Every page inlines the site's CSS; each
 * keeps only what it can use, which is bytes its first round trip does not carry.
 */
export async function pruneCssForPage(css: string, html: string, scripts: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [
      { raw: html, extension: 'html' },
      { raw: scripts, extension: 'js' },
    ],
    css: [{ raw: css }],
    defaultExtractor: (content) => content.match(TOKENS) ?? [],
    safelist: { greedy: RUNTIME_ATTRIBUTES },
    // Custom properties, keyframes and font faces stay: the site has few, and a variable's use can hide in another.
    variables: false,
    keyframes: false,
    fontFace: false,
  });
  return result?.css ?? css;
}
