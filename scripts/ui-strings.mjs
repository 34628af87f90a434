// Writes public/_locales/{en,ar}/messages.json (the browsers' format for UI
// strings) from scripts/ui-strings.tsv, the one table of UI strings, so the
// two languages never drift apart. Run: npm run ui-strings
import { readFileSync, writeFileSync } from 'node:fs';

const rows = readFileSync(new URL('./ui-strings.tsv', import.meta.url), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const [, ...langs] = rows[0];
langs.forEach((lang, i) => {
  const out = {};
  for (const [key, ...values] of rows) {
    // Chrome refuses to load an extension with any other character in a key.
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`ui-strings.tsv: "${key}" may hold only A-Z, a-z, 0-9 and _`);
    if (values.length !== langs.length || !values[i]) throw new Error(`ui-strings.tsv: "${key}" lacks ${lang}`);
    out[key] = { message: values[i] };
  }
  out.uiLanguage.message = lang;
  writeFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), JSON.stringify(out, null, 2) + '\n');
});
console.log(`ui-strings: ${rows.length} strings in ${langs.join(', ')}`);
