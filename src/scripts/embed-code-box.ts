/**
 * The Embed control's code box, fetched only when a reader first opens a control
 * (src/scripts/embed-code.ts imports it then): the page's own script stays small for every reader
 * who never embeds anything. Bundled on its own, it works by what it does when it runs (an
 * export would be dropped): it fills the open control and waits for the others to open.
 */
async function showEmbedCode(element: HTMLElement, details: HTMLDetailsElement): Promise<void> {
  // A <details>'s first child is its <summary>.
  const summary = details.firstElementChild;
  const status = element.querySelector('[role="status"]');
  // The control's first link is the oEmbed file's (EmbedCode.astro).
  const link = element.querySelector('a');
  if (!summary || !status || !link) return;
  const { html } = (await (await fetch(link.href)).json()) as { html: string };
  const { copy, copied } = element.dataset;
  // Nodes, not markup: no string reaches an HTML sink, as Trusted Types require.
  const code = Object.assign(document.createElement('textarea'), {
    readOnly: true,
    rows: 7,
    value: html,
    ariaLabel: summary.textContent,
    className: 'w-full bg-surface text-xs',
  });
  const button = Object.assign(document.createElement('button'), { type: 'button', className: summary.className, textContent: copy ?? '' });
  button.onclick = () =>
    navigator.clipboard.writeText(html).then(
      () => (status.textContent = copied ?? ''),
      // No clipboard (an insecure context, a denied permission): focus moves to the code, selected to copy by hand.
      () => {
        code.focus();
        code.select();
      },
    );
  element.prepend(code);
  status.before(button);
}

for (const element of document.querySelectorAll<HTMLElement>('embed-code')) {
  const details = element.closest('details');
  if (!details) continue;
  const show = () => void showEmbedCode(element, details).catch(() => undefined);
  if (details.open) show();
  else details.addEventListener('toggle', show, { once: true });
}
