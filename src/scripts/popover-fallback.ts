// Where the Popover API is missing, a first mention becomes a link to its glossary entry.
if (!Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover')) {
  const glossary = `${import.meta.env.BASE_URL}glossary/`;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.mention[popovertarget]')) {
    const link = document.createElement('a');
    link.href = `${glossary}#${(button.getAttribute('popovertarget') ?? '').replace(/^card-/, '')}`;
    link.className = 'mention';
    link.textContent = button.textContent;
    button.replaceWith(link);
  }
}
