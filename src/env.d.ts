/// <reference types="astro/client" />

/** The colour tokens as CSS, written from src/lib/palette.ts by src/integrations/palette-css.ts. */
declare module 'virtual:palette.css';

declare namespace App {
  interface Locals {
    /**
     * What the components inside an MDX body (<Claim>, <LocatorMap>) look up. MDX
     * hands those components only the attributes an author wrote, so the page's
     * <StoryContent> puts its model's data here for them, as Starlight does with its route data.
     */
    contentData?: import('./model/view').ContentData;
  }
}

/** The part of the Trusted Types API the site uses (src/scripts/offline.ts); absent where the browser lacks it. */
interface Window {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
  };
}
