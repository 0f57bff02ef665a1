/**
 * The inline loader of the page script: once the next frame is drawn (requestAnimationFrame, then
 * a task, so the import never delays that frame), it imports the module at `url`. A page opened
 * in a background tab draws no frame until it is shown, and needs no enhancement before then.
 * One short line: every page carries it in its HTML.
 */
export function loaderScript(url: string): string {
  return `requestAnimationFrame(()=>setTimeout(()=>import(${JSON.stringify(url)})))`;
}
