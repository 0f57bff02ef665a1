/**
 * The inline loader of the page script: it imports the module at `url` once the browser reports
 * a paint (PerformanceObserver "paint": first-paint, then first-contentful-paint, in the same frame
 * on these pages). That entry comes when the frame has been presented, so the module's request
 * starts after the first render rather than racing it. A second import() of the same URL is the
 * same module, run once. A browser without paint timing stays unenhanced, as without JavaScript.
 * One short line: every page carries it in its HTML.
 */
export function loaderScript(url: string): string {
  return `new PerformanceObserver(()=>import(${JSON.stringify(url)})).observe({type:"paint"})`;
}
