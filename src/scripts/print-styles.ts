// The print style sheet is linked `disabled` (src/layouts/BaseLayout.astro): a media="print" sheet
// is still fetched during the first render, at the lowest priority but before the paint, and
// Lighthouse's simulated largest paint waits for every request that ended before the real one.
// Enabled here, after the first paint, it loads long before anyone prints. Without JavaScript,
// a page prints with its screen styles.
for (const link of document.querySelectorAll<HTMLLinkElement>('link[disabled]')) link.disabled = false;
