import type { ContentData } from '../../model/view';

/** The page model's data for components inside MDX, or an error naming the fix when a page rendered MDX without <StoryContent>. */
export function requireContentData(locals: App.Locals, component: string): ContentData {
  if (!locals.contentData) {
    throw new Error(`${component} is inside MDX rendered without <StoryContent>: render MDX bodies with <StoryContent content={…} data={model.contentData} />.`);
  }
  return locals.contentData;
}
