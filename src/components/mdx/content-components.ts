import Claim from './Claim.astro';
import ContentLink from './ContentLink.astro';
import Mention from './Mention.astro';
import Paragraph from './Paragraph.astro';
import StoryMap from './StoryMap.astro';

/** Components MDX sections render with: HTML overrides and the names authors may use. */
export const CONTENT_COMPONENTS = { a: ContentLink, p: Paragraph, Claim, LocatorMap: StoryMap, Mention } as const;
