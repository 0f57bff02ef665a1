import type { APIRoute } from 'astro';
import { FILE_ROUTES } from '../routes';
import { absoluteUrl, fileUrl } from '../urls';

// Crawlers read robots.txt only at the host root; under BASE_PATH, copy its Sitemap line there.
export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(fileUrl(FILE_ROUTES.sitemap))}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
