import ContentLink from './ContentLink.astro';

/** Components MDX sections render with: HTML overrides and the names authors may use. */
export const CONTENT_COMPONENTS = { a: ContentLink } as const;
