/**
 * The page's own description of its article, from JSON-LD (schema.org
 * `NewsArticle`, `Article`, `BlogPosting` and kin, alone, in an array or in
 * an `@graph`): used as evidence for clean-up (`articleBody`) and as a
 * fallback for the header. Only text is taken: never a URL, never HTML.
 */
import { elementsByTags } from '../dom/walk';
import { decodeShownEntities } from '../text/entities';

export interface StructuredArticle {
  headline: string;
  /** The article's text as the site gives it: whole, cut short, or an earlier version. */
  articleBody: string;
  description: string;
  datePublished: string;
  author: string;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Background|Review|Satirical|AskPublic)?(?:NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;
const MAX_SCRIPT_CHARS = 2_000_000;

/** JSON as CMSs write it: raw line breaks inside strings, trailing commas, HTML comments around it. */
function parseLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/** Plain text of a JSON-LD value: a string, a list of strings, or `{ name }` objects (authors). */
function textOfValue(value: unknown): string {
  if (typeof value === 'string') return decodeShownEntities(value.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return value.map(textOfValue).filter(Boolean).join('، ');
  if (value && typeof value === 'object' && 'name' in value) return textOfValue((value as { name: unknown }).name);
  return '';
}

function isArticle(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** Every object in a parsed JSON-LD value, depth first (arrays and `@graph` included). */
function* nodes(value: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* nodes(v, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  yield obj;
  if (obj['@graph']) yield* nodes(obj['@graph'], depth + 1);
}

/**
 * The page's first JSON-LD article, or null when it has none. `scripts`:
 * the page's script elements in document order, when the caller has them
 * (those of an exact copy of the page read the same).
 */
export function readStructuredData(doc: Document, scripts = elementsByTags(doc, 'SCRIPT')): StructuredArticle | null {
  const ld = scripts.filter((el) => /ld\+json/i.test(el.getAttribute('type') ?? ''));
  for (const script of ld) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    for (const node of nodes(parseLenient(raw))) {
      if (!isArticle(node)) continue;
      return {
        headline: textOfValue(node.headline ?? node.name),
        articleBody: textOfValue(node.articleBody ?? node.text),
        description: textOfValue(node.description),
        datePublished: typeof node.datePublished === 'string' ? node.datePublished : '',
        author: textOfValue(node.author),
      };
    }
  }
  return null;
}
