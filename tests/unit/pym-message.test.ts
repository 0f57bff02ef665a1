import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE_PATTERN,
  PYM_CHILD_ID_PARAM,
  buildHeightMessage,
  buildPymMessage,
  readHeightMessage,
  renderResizerScript,
} from '../../src/lib/pym-message';
import { readProjectFile } from './content-files';

describe('buildPymMessage', () => {
  it('joins "pym", the id, the type and the value with xPYMx, as Pym.js v1 does', () => {
    expect(buildPymMessage('chart-1', 'height', '480')).toBe('pymxPYMxchart-1xPYMxheightxPYMx480');
  });

  it('sends a height in whole pixels, rounded up so nothing is cut off', () => {
    expect(buildHeightMessage('', 480.2)).toBe('pymxPYMxxPYMxheightxPYMx481');
    expect(buildHeightMessage('a', 480)).toBe('pymxPYMxaxPYMxheightxPYMx480');
  });

  it('reads the id Pym.js passes in the iframe URL from the "childId" parameter', () => {
    expect(PYM_CHILD_ID_PARAM).toBe('childId');
  });
});

describe('readHeightMessage', () => {
  it('reads the id and the height of a height message, with or without an id', () => {
    expect(readHeightMessage(buildHeightMessage('chart-1', 812))).toEqual({ id: 'chart-1', height: 812 });
    expect(readHeightMessage(buildHeightMessage('', 90))).toEqual({ id: '', height: 90 });
  });

  it('ignores other Pym.js messages, other formats and non-strings', () => {
    for (const data of [
      buildPymMessage('a', 'width', '320'),
      buildPymMessage('a', 'navigateTo', 'https://example.org/'),
      'pymxPYMxaxPYMxheightxPYMx12px',
      'pymxPYMxaxPYMxheightxPYMx',
      'height: 300',
      { height: 300 },
      300,
      undefined,
    ]) {
      expect(readHeightMessage(data), JSON.stringify(data)).toBeUndefined();
    }
  });

  it('does not let an id smuggle a second message in', () => {
    expect(readHeightMessage('pymxPYMxaxPYMxheightxPYMx1xPYMxheightxPYMx2')).toBeUndefined();
  });
});

/** A minimal host page for the resizer: one script element, some iframes, a message listener. */
function hostPage(scriptSrc: string | undefined, frames: { contentWindow: object; height?: string }[]) {
  let listener: ((event: { origin: string; data: unknown; source: object }) => void) | undefined;
  const iframes = frames.map((frame) => ({
    contentWindow: frame.contentWindow,
    attributes: new Map<string, string>(),
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    },
  }));
  const context = {
    URL,
    document: { currentScript: scriptSrc === undefined ? null : { src: scriptSrc }, getElementsByTagName: (tag: string) => (tag === 'iframe' ? iframes : []) },
    window: {
      addEventListener: (type: string, handler: typeof listener) => {
        if (type === 'message') listener = handler;
      },
    },
  };
  return {
    context,
    iframes,
    post: (event: { origin: string; data: unknown; source: object }) => listener?.(event),
    hasListener: () => listener !== undefined,
  };
}

describe('the resizer a host page loads (embed/resize.js)', () => {
  const template = readProjectFile('src/scripts/embed-resizer.js');
  const script = renderResizerScript(template);
  const ORIGIN = 'https://explainer.example';

  it('gets the height pattern from the one definition, and nothing else changes', () => {
    expect(script).not.toContain('__HEIGHT_MESSAGE_PATTERN__');
    expect(script.replace(JSON.stringify(HEIGHT_MESSAGE_PATTERN), '__HEIGHT_MESSAGE_PATTERN__')).toBe(template);
  });

  it('sets the height of the iframe whose window sent the message, and of no other', () => {
    const child = {};
    const other = {};
    const page = hostPage(`${ORIGIN}/embed/resize.js`, [{ contentWindow: other }, { contentWindow: child }]);
    runInNewContext(script, page.context);
    page.post({ origin: ORIGIN, data: buildHeightMessage('', 734), source: child });
    expect(page.iframes[1]?.attributes.get('height')).toBe('734');
    expect(page.iframes[0]?.attributes.has('height')).toBe(false);
  });

  it('accepts the id a Pym.js parent gave the frame', () => {
    const child = {};
    const page = hostPage(`${ORIGIN}/embed/resize.js`, [{ contentWindow: child }]);
    runInNewContext(script, page.context);
    page.post({ origin: ORIGIN, data: buildHeightMessage('pym-0', 500), source: child });
    expect(page.iframes[0]?.attributes.get('height')).toBe('500');
  });

  it('ignores messages from another origin, other messages and a height of 0', () => {
    const child = {};
    const page = hostPage(`${ORIGIN}/embed/resize.js`, [{ contentWindow: child }]);
    runInNewContext(script, page.context);
    page.post({ origin: 'https://elsewhere.example', data: buildHeightMessage('', 300), source: child });
    page.post({ origin: ORIGIN, data: buildPymMessage('', 'width', '300'), source: child });
    page.post({ origin: ORIGIN, data: buildHeightMessage('', 0), source: child });
    page.post({ origin: ORIGIN, data: { height: 300 }, source: child });
    expect(page.iframes[0]?.attributes.has('height')).toBe(false);
  });

  it('does nothing when it cannot tell where it was loaded from (pasted inline)', () => {
    const page = hostPage(undefined, []);
    runInNewContext(script, page.context);
    expect(page.hasListener()).toBe(false);
  });

  it('throws when the template has lost its placeholder', () => {
    expect(() => renderResizerScript('(function(){})();')).toThrow(/no __HEIGHT_MESSAGE_PATTERN__ placeholder/);
  });
});
