// The language switch goes to the same page in the other edition; the anchors are the same in
// every edition, so the reader's place (the URL's #anchor) goes along. Without JavaScript it
// goes to the top of the same page.
const editionLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-edition]');
const keepPlace = () =>
  editionLinks.forEach((link) => link.setAttribute('href', link.getAttribute('href')!.split('#')[0] + location.hash));
keepPlace();
addEventListener('hashchange', keepPlace);
