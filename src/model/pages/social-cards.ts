import { SITE } from '../../config';
import { unquote } from '../../lib/quotations';
import type { SocialCard } from '../../lib/social-card';
import { PAGE_KINDS } from '../../page-kinds';
import { HOME_CARD_ID, claimCardId } from '../../routes';
import type { Story } from '../story';
import { partOf } from './article-header';
import { claimSentence, sentenceText } from './claim-views';
import { fixedPageText } from './page-text';

/** The fixed pages with a card of their own, from the registry of page kinds: their words are a file of content/pages/. */
const FIXED_PAGES_WITH_CARDS = PAGE_KINDS.flatMap((kind) => (kind.card === 'own' && 'words' in kind ? [kind.words] : []));

/** Every social card: one per fixed page with a card and one per section, with the same words as the pages. */
export function socialCards(story: Story): SocialCard[] {
  const { t } = story;
  const base = { siteTitle: t.siteTitle, asOf: SITE.storyDate, asOfLabel: t.asOf(SITE.storyDate) };
  return [
    { ...base, id: HOME_CARD_ID, title: story.opening.headline, standfirst: story.opening.standfirst },
    ...FIXED_PAGES_WITH_CARDS.map((page): SocialCard => {
      const text = fixedPageText(story, page);
      return { ...base, id: page, title: text.title, standfirst: text.description };
    }),
    ...story.sections.map((s) => ({ ...base, id: s.id, kicker: partOf(story, s), title: s.data.title, standfirst: s.data.standfirst })),
    // A quote card quotes only a quotation; a card of reported speech says so in its first line,
    // gives the claim's headline and the article's sentence, unquoted.
    ...story.claims.map((claim) => ({
      ...base,
      id: claimCardId(claim.id),
      ...(claim.data.form === 'quote'
        ? { kicker: t.msg('claims.cardQuote', { speaker: claim.speaker.name }), title: t.quote(unquote(claim.data.words)), standfirst: story.opening.headline }
        : { kicker: t.msg('claims.cardReported', { speaker: claim.speaker.name }), title: claim.data.headline, standfirst: sentenceText(claimSentence(story, claim)) }),
      asOf: claim.data.status.at(-1)?.date ?? SITE.storyDate,
      asOfLabel: t.asOf(claim.data.status.at(-1)?.date ?? SITE.storyDate),
    })),
  ];
}
