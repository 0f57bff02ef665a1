/**
 * The inline loader of the page script: it imports the module at `url` once the browser reports a
 * paint (PerformanceObserver "paint"). That entry comes when a frame has been presented, so the
 * module's request starts after the first render rather than racing it, as a parser-found module
 * script or a requestAnimationFrame callback (run before the frame is drawn) would. first-paint may
 * come a frame before first-contentful-paint; waiting for the latter by name costs 30 bytes on every
 * page the budgets do not have. A second import() of the same URL is the same module, run once. A
 * browser without paint timing stays unenhanced, as without JavaScript.
 * One short line: every page carries it in its HTML.
 */
export function loaderScript(url: string): string {
  return `new PerformanceObserver(()=>import(${JSON.stringify(url)})).observe({type:"paint"})`;
}
