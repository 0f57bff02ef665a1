import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_ROUTES } from '../routes';

/**
 * An SVG as a data: URL for an attribute in double quotes: its own double quotes become single
 * ones, and the characters a URL or the attribute would take otherwise (%, #, <, >) are
 * percent-encoded; the rest stays legible (and compresses with the page).
 */
export function svgDataUrl(svg: string): string {
  const text = svg.trim().replace(/"/g, "'").replace(/[%#<>]/g, (character) => encodeURIComponent(character));
  return `data:image/svg+xml,${text}`;
}

let siteIcon: string | undefined;
/**
 * The site icon (public/favicon.svg, a few hundred bytes) for the pages' <link rel="icon">, inside the page.
 * A linked icon is fetched by the browser at the load event, which on a short page comes before
 * the first paint: Lighthouse's simulated largest paint then waited for it, its first paint did
 * not. The file stays in public/ for the embeddable views (a frame fetches no icon) and the feeds.
 * Read from the project root, as the build runs there.
 */
export function siteIconUrl(): string {
  siteIcon ??= svgDataUrl(readFileSync(join(process.cwd(), 'public', FILE_ROUTES.favicon), 'utf8'));
  return siteIcon;
}
