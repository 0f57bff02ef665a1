import { buildClaim } from '../../lib/structured-data';
import { quiet } from '../../lib/shown-files';
import { PAGE_ROUTES, bodyPageSegment, claimAnchor, claimCardId, claimPageSegment } from '../../routes';
import { absoluteUrl } from '../../urls';
import { claimEmbedSpec, embedOffer } from '../embeds';
import type { Story } from '../story';
import { pageChrome } from './chrome';
import { claimInPlainText, claimView } from './claim-views';
import { findClaim } from './lookup';
import { claimFacts } from './structured-data';

/** One claim's own page: its headline, who, the quotation or the sentence as reported, when, its status; its card is the quote card. */
export function claimPage(story: Story, id: string) {
  const claim = findClaim(story, id);
  const view = claimView(story, claim);
  const segment = claimPageSegment(id);
  const embed = claimEmbedSpec(quiet(story), quiet(claim));
  return {
    chrome: pageChrome(
      story,
      {
        segment,
        pageTitle: claim.data.headline,
        description: claimInPlainText(story, view),
        cardId: claimCardId(id),
        jsonLd: [buildClaim(claimFacts(story, claim, absoluteUrl(story.url.page(bodyPageSegment(claim.data.in)))))],
      },
      embed,
    ),
    claim: view,
    embed: embedOffer(quiet(story), embed),
    allClaims: { href: story.url.page(PAGE_ROUTES.claims, claimAnchor(id)), label: story.t.msg('claims.everyClaim', { page: quiet(story).pageText[PAGE_ROUTES.claims].title }) },
  };
}
