// The print style sheet is added here, after the first paint, not linked in the page: a
// media="print" sheet is still fetched during the first render, at the lowest priority but before
// the paint, and Lighthouse's simulated largest paint waits for every request that ended before the
// real one; a `disabled` link would cost every page its bytes. Added now, it loads long before
// anyone prints. Without JavaScript, a page prints with its screen styles.
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', media: 'print', href: `${import.meta.env.BASE_URL}print.css` }));
