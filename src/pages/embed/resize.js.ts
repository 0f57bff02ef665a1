import type { APIRoute } from 'astro';
import { renderResizerScript } from '../../lib/pym-message';
import template from '../../scripts/embed-resizer.js?raw';

// The optional one-line script of the embed code (FILE_ROUTES.embedResizer): it fits this site's
// iframes on a host page to the height their content reports. See docs/embedding.md.
export const GET: APIRoute = () => new Response(renderResizerScript(template), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
