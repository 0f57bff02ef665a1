/** What a translated edition's collections hold: one kind of content/<locale>/ file each. */
export type TranslatedKind = 'Opening' | 'Map' | 'Pages' | 'Sections' | 'Timeline' | 'People' | 'Terms' | 'Claims' | 'Sources' | 'Updates';

/**
 * The name of an edition's collection of one kind ("uk" + "Sections" is ukSections), shared by
 * src/content.config.ts, which defines one set per translated locale, and src/model/translation.ts,
 * which reads them: a new edition needs no line in either.
 */
export function translatedCollectionName(locale: string, kind: TranslatedKind): string {
  return `${locale.replace(/[^A-Za-z0-9]/g, '')}${kind}`;
}
