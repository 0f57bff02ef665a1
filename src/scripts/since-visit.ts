/**
 * <since-visit data-log data-date-locale data-summary data-new data-changed>: tells a returning
 * reader which paragraphs of this page are new or changed since their last visit on this device. Each paragraph of the story carries a short
 * fingerprint of its words (data-print, written at build time); the fingerprints seen are
 * kept in localStorage per page, never sent anywhere. Nodes are built with createElement and
 * textContent only: the site's Trusted Types policy blocks HTML strings. Its words come from
 * the data attributes (the edition's dictionary), the date in the edition's locale; how they look, from global.css.
 */

/** What a visit leaves behind: when (ms since 1970) and each paragraph's fingerprint by id. */
interface Seen {
  t: number;
  p: Record<string, string>;
}

class SinceVisitElement extends HTMLElement {
  connectedCallback(): void {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('p[data-print]')];
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const key = `seen:${location.pathname}`;
    const { dateLocale, summary = '', new: newMark = '', changed: changedMark = '' } = this.dataset;
    if (!status || !paragraphs.length) return;
    let seen: Seen | null | undefined;
    // Storage may be refused (private mode, a full quota) or hold a corrupt entry: the page reads as it is, and this visit is kept if it can be.
    try {
      // JSON.parse(null) is null: nothing stored reads as no visit.
      seen = JSON.parse(localStorage.getItem(key)!);
    } catch {}
    try {
      localStorage.setItem(key, JSON.stringify({ t: Date.now(), p: Object.fromEntries(paragraphs.map((p) => [p.id, p.dataset['print']])) }));
    } catch {}
    // Nothing seen before, or an entry this script did not write: start afresh from this visit.
    if (!(seen?.p instanceof Object)) return;
    // A paragraph whose words were on the page before, wherever they stood, is not new: inserting one paragraph marks that one only.
    const before = new Set(Object.values(seen.p));
    let changed = 0;
    let added = 0;
    for (const paragraph of paragraphs) {
      if (before.has(paragraph.dataset['print']!)) continue;
      const isNew = !(paragraph.id in seen.p);
      if (isNew) added++;
      else changed++;
      // The mark is the paragraph's ::before (global.css), over the gap above it: it arrives after the
      // first paint and moves nothing painted, and a copied selection leaves it out.
      paragraph.dataset['since'] = isNew ? newMark : changedMark;
    }
    if (!(changed + added)) return;
    const when = new Date(seen.t).toLocaleDateString(dateLocale, { day: 'numeric', month: 'long' });
    // The summary links to the updates log, in a popover: over the page rather than in it, so nothing
    // moves, styled by the browser, gone at a click or Escape.
    const link = document.createElement('a');
    link.href = this.dataset['log']!;
    link.textContent = summary.replace('{when}', when).replace('{changed}', `${changed}`).replace('{added}', `${added}`);
    status.append(link);
    status.popover = 'auto';
    status.showPopover();
  }
}

customElements.define('since-visit', SinceVisitElement);
