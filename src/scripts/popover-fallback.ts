// Where the Popover API is missing, a first mention becomes a link to its glossary entry.
// A mention is the one button that opens a card (a card's own button closes it), and the link takes
// its classes: no class name is written here, so CSS pruning (src/lib/page-css.ts), which keeps
// whatever a script names, does not keep the mention's rules on pages without one.
if (!('popover' in HTMLElement.prototype)) {
  const glossary = `${import.meta.env.BASE_URL}glossary/`;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[popovertarget]:not([popovertargetaction])')) {
    const link = document.createElement('a');
    // The card's id is "card-" and the entry's.
    link.href = `${glossary}#${button.getAttribute('popovertarget')!.slice(5)}`;
    link.className = button.className;
    link.textContent = button.textContent;
    button.replaceWith(link);
  }
}
