import { describe, expect, it } from 'vitest';
import { OEMBED_RICH_REQUIRED, buildOembed } from '../../src/lib/oembed';

const INPUT = {
  title: 'Timeline · Ukraine security guarantees explained',
  provider_name: 'Ukraine security guarantees explained',
  provider_url: 'https://example.org/',
  html: '<blockquote><iframe src="https://example.org/embed/timeline/" title="Timeline"></iframe></blockquote>',
  width: 640,
  height: 640,
};

describe('buildOembed', () => {
  const response = buildOembed(INPUT);

  it('answers as an oEmbed 1.0 "rich" response with every field the spec requires of that type', () => {
    expect(response.version).toBe('1.0');
    expect(response.type).toBe('rich');
    for (const field of OEMBED_RICH_REQUIRED) expect(response, field).toHaveProperty(field);
    expect(OEMBED_RICH_REQUIRED).toEqual(['version', 'type', 'html', 'width', 'height']);
  });

  it('carries the title, the provider and the embed code it was given', () => {
    expect(response).toMatchObject(INPUT);
  });

  it('serialises to JSON and back unchanged', () => {
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });

  it('throws for a size that is not whole pixels above 0, or a relative provider URL', () => {
    expect(() => buildOembed({ ...INPUT, width: 0 })).toThrow(/width must be a whole number of pixels above 0; got 0/);
    expect(() => buildOembed({ ...INPUT, height: 1.5 })).toThrow(/height must be a whole number/);
    expect(() => buildOembed({ ...INPUT, provider_url: '/' })).toThrow(/provider_url must be absolute/);
  });
});
