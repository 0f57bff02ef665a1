/** What a translated edition's collections hold: one kind of content/<locale>/ file each. */
export type TranslatedKind = 'Opening' | 'Map' | 'Pages' | 'Sections' | 'Timeline' | 'People' | 'Terms' | 'Claims' | 'Sources' | 'Updates';

/** A locale as the start of a collection name: "en-XA" is enXA (a name is an identifier). */
export type CollectionPrefix<L extends string> = L extends `${infer A}-${infer B}` ? `${A}${CollectionPrefix<B>}` : L;

/**
 * The name of an edition's collection of one kind ("uk" + "Sections" is ukSections), shared by
 * src/content.config.ts, which defines one set per translated locale, and src/model/translation.ts,
 * which reads them: a new edition needs no line in either.
 */
export function translatedCollectionName<L extends string, K extends TranslatedKind>(locale: L, kind: K): `${CollectionPrefix<L>}${K}` {
  return `${locale.replace(/-/g, '')}${kind}` as `${CollectionPrefix<L>}${K}`;
}
