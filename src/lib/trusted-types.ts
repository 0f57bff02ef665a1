// Kept apart from csp.ts: the page script imports this name, and csp.ts needs node:crypto,
// which has no place in a browser bundle.

/** The one Trusted Types policy the site creates: it vouches for the offline worker's URL (src/scripts/offline.ts). */
export const TRUSTED_TYPES_POLICY = 'explainer';
