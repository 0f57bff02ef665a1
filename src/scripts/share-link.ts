/**
 * <share-link data-url data-title data-what>: turns its plain link into a button
 * that opens the device's share sheet, or copies the URL and says so.
 */
class ShareLinkElement extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const url = this.dataset['url'];
    if (!link || !status || !url) return;
    const canShare = typeof navigator.share === 'function';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    // Nodes, not markup: no string reaches an HTML sink, as Trusted Types will require.
    const context = document.createElement('span');
    context.className = 'sr-only';
    context.textContent = ` to ${this.dataset['what'] ?? 'this page'}`;
    // global.css sizes .share-control for the longer of these two labels: keep them in step.
    button.append(canShare ? 'Share' : 'Copy link', context);
    button.addEventListener('click', () => void this.share(url, status, canShare));
    link.replaceWith(button);
  }

  private async share(url: string, status: HTMLElement, canShare: boolean): Promise<void> {
    try {
      if (canShare) {
        await navigator.share({ url, title: this.dataset['title'] ?? document.title });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.announce(status, 'Link copied');
    } catch (error) {
      // A dismissed share sheet is not a failure worth announcing.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.announce(status, 'Could not copy; the link is in the address bar');
    }
  }

  private announce(status: HTMLElement, message: string): void {
    status.textContent = message;
    window.setTimeout(() => (status.textContent = ''), 4000);
  }
}

if (!customElements.get('share-link')) customElements.define('share-link', ShareLinkElement);
