/**
 * An oEmbed 1.0 response of type "rich" (https://oembed.com/, section 2.3.4.4): what a CMS
 * that discovers an embeddable view through its `application/json+oembed` link receives.
 */
export interface OembedRich {
  /** Always "rich": the view is HTML (an iframe), not a photo or a video. */
  type: 'rich';
  /** The oEmbed version, always "1.0". */
  version: '1.0';
  /** What the view shows. */
  title: string;
  /** The site's name. */
  provider_name: string;
  /** The site's home page, absolute. */
  provider_url: string;
  /** The embed code, the same as the site's Embed control offers. */
  html: string;
  /** Width in pixels the HTML is laid out for (it also fits narrower columns). */
  width: number;
  /** Height in pixels the iframe starts at. */
  height: number;
}

/** The fields the spec requires of every "rich" response, besides the two this site always sends (provider_name, title). */
export const OEMBED_RICH_REQUIRED = ['version', 'type', 'html', 'width', 'height'] as const;

/** Builds the oEmbed response of one view; throws for a size that is not whole pixels above 0 or a relative provider URL. */
export function buildOembed(input: Omit<OembedRich, 'type' | 'version'>): OembedRich {
  for (const [name, value] of [['width', input.width], ['height', input.height]] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`oEmbed ${name} must be a whole number of pixels above 0; got ${value}.`);
  }
  if (!/^https?:\/\//.test(input.provider_url)) throw new Error(`oEmbed provider_url must be absolute; got "${input.provider_url}".`);
  // The order of the spec's own examples: type and version first.
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.provider_name,
    provider_url: input.provider_url,
    html: input.html,
    width: input.width,
    height: input.height,
  };
}
