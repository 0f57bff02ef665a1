import { describe, expect, it } from 'vitest';
import { pageTokens, pruneCssForPage } from '../../src/lib/page-css';

const CSS = [
  '.timeline{border:1px solid}',
  '.mention-card{padding:1rem}',
  '.max-sm\\:sr-only{position:absolute}',
  '.aria-\\[current\\=page\\]\\:bg-ink[aria-current=page]{background:black}',
  '[data-offline] .offline-notice{display:block}',
  "[data-scheme='dark'] .map-light{display:none}",
  '.bg-highlight{background:yellow}',
  '@media (min-width:80rem){.claim-note{float:inline-end}.unused-wide{float:left}}',
  ':target{scroll-margin-top:1.5rem}',
  ':target:not(main){background:var(--highlight)}',
  'scheme-switch:not(:defined){visibility:hidden}',
  '.prose :where(p):not(:where(.not-prose *)){margin:0}',
  '#main{outline:none}#gone{color:red}',
  '@layer utilities{.unused-utility{color:red}}',
  ':where(.space-y-2>:not(:last-child)){margin-block-start:.5rem}',
  ':where(.space-y-4>:not(:last-child)){margin-block-start:1rem}',
  ':is(.gone,.prose) em{font-style:italic}',
].join('');

describe('pruneCssForPage', () => {
  it('keeps the rules a page’s markup can match, Tailwind variants whole, and drops the rest', () => {
    const html =
      '<html><body><ol class="timeline"><li><span class="max-sm:sr-only">x</span></li></ol>' +
      '<a class="aria-[current=page]:bg-ink" aria-current="page">Now</a><span class="claim-note">n</span><p class="offline-notice">Offline</p><img class="map-light"></body></html>';
    const css = pruneCssForPage(CSS, pageTokens(html, ''));
    expect(css).toContain('.timeline{');
    expect(css).toContain('.max-sm\\:sr-only');
    expect(css).toContain('aria-\\[current\\=page\\]');
    expect(css).toContain('.claim-note');
    expect(css).not.toContain('.mention-card');
    expect(css).not.toContain('.unused-wide');
    expect(css).not.toContain('.bg-highlight');
  });

  it('keeps what state decides (:target, :not(), custom elements), drops empty blocks, and leaves the rest byte for byte', () => {
    const html = '<main id="main" class="prose"><p>x</p><ul class="space-y-2"></ul><scheme-switch></scheme-switch></main>';
    const css = pruneCssForPage(CSS, pageTokens(html));
    expect(css).toContain(':target{scroll-margin-top:1.5rem}');
    expect(css).toContain(':target:not(main){background:var(--highlight)}');
    expect(css).toContain('scheme-switch:not(:defined){visibility:hidden}');
    expect(css).toContain('.prose :where(p):not(:where(.not-prose *)){margin:0}');
    expect(css).toContain('#main{outline:none}');
    expect(css).not.toContain('#gone');
    // :where() and :is() are alternatives: a rule stays while one of them may match.
    expect(css).toContain(':where(.space-y-2>:not(:last-child))');
    expect(css).not.toContain('.space-y-4');
    expect(css).toContain(':is(.gone,.prose) em');
    expect(css).not.toContain('@layer utilities');
    expect(css).not.toContain('@media (min-width:80rem)');
  });

  it('keeps what only a script or the worker adds: their classes and the run-time attributes', () => {
    const html = '<html><body><p class="offline-notice"></p><img class="map-light"></body></html>';
    const css = pruneCssForPage(CSS, pageTokens(html, "mark.className = 'rounded bg-highlight px-1.5';"));
    expect(css).toContain('.bg-highlight');
    expect(css).toContain('[data-offline] .offline-notice');
    expect(css).toContain("[data-scheme='dark'] .map-light");
  });
});
