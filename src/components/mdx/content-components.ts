import LocatorMap from '../LocatorMap.astro';
import Claim from './Claim.astro';
import ContentLink from './ContentLink.astro';
import Mention from './Mention.astro';

/** Components MDX sections render with: HTML overrides and the names authors may use. */
export const CONTENT_COMPONENTS = { a: ContentLink, Claim, LocatorMap, Mention } as const;
