// Where the Popover API is missing, a first mention becomes a link to its glossary entry.
if (!('popover' in HTMLElement.prototype)) {
  const glossary = `${import.meta.env.BASE_URL}glossary/`;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.mention[popovertarget]')) {
    const link = document.createElement('a');
    // The card's id is "card-" and the entry's.
    link.href = `${glossary}#${button.getAttribute('popovertarget')!.slice(5)}`;
    link.className = 'mention';
    link.textContent = button.textContent;
    button.replaceWith(link);
  }
}
