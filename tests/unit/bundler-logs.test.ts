import { describe, expect, it } from 'vitest';
import { isHarmlessBundlerLog } from '../../src/lib/bundler-logs';

const HEAD_INJECT = 'The semantics of the module level directive "use astro:head-inject" in "content/opening.mdx?astroPropagatedAssets" may not be preserved when bundling.';

describe('isHarmlessBundlerLog', () => {
  it('drops the directive Astro puts on every MDX content module', () => {
    expect(isHarmlessBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: HEAD_INJECT })).toBe(true);
  });

  it('keeps any other directive, code or level', () => {
    expect(isHarmlessBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: HEAD_INJECT.replace('astro:head-inject', 'use client') })).toBe(false);
    expect(isHarmlessBundlerLog('warn', { code: 'PLUGIN_WARNING', message: HEAD_INJECT })).toBe(false);
    expect(isHarmlessBundlerLog('warn', { message: 'Module "node:crypto" has been externalized for browser compatibility' })).toBe(false);
    expect(isHarmlessBundlerLog('error', { code: 'MODULE_LEVEL_DIRECTIVE', message: HEAD_INJECT })).toBe(false);
  });
});
