// The headers each built file must get, written from the project's caching and framing policy
// (docs/deploying.md "Security headers and caching") and the page-kind registry, never from
// dist/_headers itself: the site and e2e tests hold the file, and the host, to this.
import { HOUR_CACHE, IMMUTABLE_CACHE, PAGE_CACHE, WORKER_CACHE } from '../../src/lib/headers-file';
import { builtFileToPath } from '../../src/lib/url';
import { kindOfPath } from '../../src/page-kinds';
import { isEmbedFile } from './dist';

/** What a built file must be sent with. */
export interface ExpectedHeaders {
  cacheControl: string;
  /** Whether other sites may frame it: a policy with frame-ancestors * and no X-Frame-Options. */
  framable: boolean;
}

/** The Cache-Control of a built file, by where it lives: hashed assets, cards and the map (any edition), the worker, the rest. */
export function expectedCache(file: string): string {
  if (file.startsWith('_astro/')) return IMMUTABLE_CACHE;
  if (/^([^/]+\/)?og\/[^/]+\.png$/.test(file) || /^([^/]+\/)?map\/[^/]+\.svg$/.test(file)) return HOUR_CACHE;
  if (file === 'sw.js') return WORKER_CACHE;
  return PAGE_CACHE;
}

/** The headers a built file must get; a page's framing comes from its kind, and must agree with its folder. */
export function expectedHeaders(file: string): ExpectedHeaders {
  const framable = isEmbedFile(file);
  if (file.endsWith('.html')) {
    const kind = kindOfPath(builtFileToPath(file))?.kind;
    if (kind && kind.framable !== framable) throw new Error(`${file}: its kind "${kind.id}" says framable ${kind.framable}, its folder ${framable}`);
  }
  return { cacheControl: expectedCache(file), framable };
}
