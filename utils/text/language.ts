/** Language tags (BCP 47), as pages, voices and the UI write them. */

/** The primary subtag of a tag, lower case: "ar-EG" → "ar", "AR_sa" → "ar", "" → "". */
export function primarySubtag(tag: string | null | undefined): string {
  return (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
}

/** The region subtag of a tag, lower case ("ar_EG" → "eg", "es-419" → "419"; script subtags skipped), '' when none. */
export function regionSubtag(tag: string): string {
  return (
    tag
      .trim()
      .toLowerCase()
      .split(/[-_]/)
      .slice(1)
      .find((s) => /^(?:[a-z]{2}|\d{3})$/.test(s)) ?? ''
  );
}
