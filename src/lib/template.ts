/**
 * Fills `{name}` placeholders in editorial text with values from the story
 * ("in {partCount} parts"). Throws when the text names a placeholder it was
 * not given, so a typo in content stops the build instead of reaching readers.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string | number>>, where: string): string {
  return text.replace(/\{([^{}\s]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(
        `${where}: the placeholder {${name}} is not known; use one of ${Object.keys(values)
          .map((key) => `{${key}}`)
          .join(', ')}.`,
      );
    }
    return String(value);
  });
}
