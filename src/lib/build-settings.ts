import { normaliseBase } from './url';

/** Where the built site will live: the absolute origin and the path under it. */
export interface BuildSettings {
  /** Absolute origin, such as "https://example.org" (no path). */
  site: string;
  /** Path the site is served under, starting and ending with "/". */
  base: string;
}

/** Origin used when SITE_URL is not set: fine for local previews, not for publishing. */
export const DEFAULT_SITE_URL = 'https://example.org';

/**
 * Reads SITE_URL and BASE_PATH from the environment and checks them, throwing
 * an error that names the variable and the expected form.
 */
export function readBuildSettings(env: Record<string, string | undefined>): BuildSettings {
  const siteUrl = env['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  let parsed: URL;
  try {
    parsed = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute origin like https://example.org; got "${siteUrl}".`);
  }
  if (!/^https?:$/.test(parsed.protocol) || (parsed.pathname !== '/' && parsed.pathname !== '')) {
    throw new Error(
      `SITE_URL must be an http(s) origin without a path, like https://example.org; got "${siteUrl}". Put a sub-path in BASE_PATH.`,
    );
  }
  const rawBase = env['BASE_PATH']?.trim() || '/';
  if (!/^\/?[A-Za-z0-9._~\-/]*$/.test(rawBase) || rawBase.split('/').some((part) => part === '.' || part === '..')) {
    throw new Error(`BASE_PATH must be a URL path like /news/explainer/; got "${rawBase}".`);
  }
  return { site: parsed.origin, base: normaliseBase(rawBase) };
}
