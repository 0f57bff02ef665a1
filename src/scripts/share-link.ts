/**
 * <share-link>: turns its plain link into a button that opens the device's share sheet, or
 * copies the link's URL and says so. Its words come from the markup, in the page's language:
 * the link's own label, data-copy on the link, data-copied and data-copy-failed on <body>
 * (once a page, not once a control); the share sheet's title is the heading beside it.
 */
class ShareLinkElement extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const url = link?.href;
    if (!link || !status || !url) return;
    const canShare = 'share' in navigator;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    // Nodes, not markup: no string reaches an HTML sink, as Trusted Types will require.
    const copyLabel = link.dataset['copy'] ?? '';
    // global.css sizes .share-control for the longer of the two labels (data-copy, shown by ::after).
    button.dataset['copy'] = copyLabel;
    // What is shared, for screen readers: the link's own words when sharing ("Share link to this
    // section"); "to" and what when copying ("Copy link to this section"), the words in the page's language.
    const context = link.querySelector('.sr-only');
    const { linkTo = '', shareTo = '' } = document.body.dataset;
    if (context && !canShare) context.textContent = context.textContent!.replace(` ${linkTo} `, ` ${shareTo} `);
    button.append(canShare ? (link.firstChild?.textContent ?? '') : copyLabel, ...(context ? [context] : []));
    button.addEventListener('click', () => void this.share(url, status, canShare));
    link.replaceWith(button);
  }

  private async share(url: string, status: HTMLElement, canShare: boolean): Promise<void> {
    try {
      if (canShare) {
        const heading = this.closest('li,article,header,section')?.querySelector('h1,h2,h3,h4');
        await navigator.share({ url, title: heading?.textContent?.trim() || document.title });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.announce(status, document.body.dataset['copied']!);
    } catch (error) {
      // A dismissed share sheet is not a failure worth announcing.
      if ((error as Error).name === 'AbortError') return;
      this.announce(status, document.body.dataset['copyFailed']!);
    }
  }

  private announce(status: HTMLElement, message: string): void {
    status.textContent = message;
    setTimeout(() => (status.textContent = ''), 4000);
  }
}

customElements.define('share-link', ShareLinkElement);
