import { PYM_CHILD_ID_PARAM, buildHeightMessage } from '../lib/pym-message';

// An embedded view tells the page around it how tall it is, in Pym.js's message format, so a
// host running Pym.js or this site's embed/resize.js can fit the iframe to it. A ResizeObserver
// on the root element fires once at start and again whenever the content's height changes
// (the iframe narrows, the map image arrives, a font swaps): no polling, no timers.
// Nothing here touches a DOM sink, so the site's Trusted Types policy has nothing to check.
if (window.parent !== window) {
  const id = new URLSearchParams(location.search).get(PYM_CHILD_ID_PARAM) ?? '';
  let sent = 0;
  new ResizeObserver(() => {
    // The root element's own box: its height follows the content, not the iframe's viewport,
    // so a frame taller than its content can still shrink to fit.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // The height is no secret, and the host's origin is not known in advance: any parent may read it.
    window.parent.postMessage(buildHeightMessage(id, height), '*');
  }).observe(document.documentElement);
}
