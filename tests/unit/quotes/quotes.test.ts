import { describe, expect, it } from 'vitest';
import { findQuotes, speechOnly, type Quote } from '../../../utils/quotes/quotes';
import { HELD_OUT, HELD_OUT_2, RULE_CASES, type Expected, type QuoteCase } from '../../fixtures/quotes/cases';
import { deepNest, seedExists, seedRoot } from '../paths';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const plain = (quotes: Quote[]): Expected[] => quotes.map(({ text, kind, speaker, role, inferred }) => ({ text, kind, speaker, role, inferred }));

/** Every Text node's data in document order: what `start`/`end` index. */
function flatText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
  return text;
}

const seedQuote = (text: string, speaker: string, inferred = false, role = ''): Expected => ({ text, kind: 'speech', speaker, role, inferred });
/** "وقال بوتين" after "أكد الرئيس الروسي فلاديمير بوتين": the surname is the man named in full, his title the role. */
const PUTIN = 'فلاديمير بوتين';
const PRESIDENT = 'الرئيس الروسي';

/** Every quotation of the seed article, written out by hand, in order. */
const SEED_QUOTES: Expected[] = [
  // "وقال بوتين: “…”. الاتحاد." — closes mid-paragraph, text goes on.
  seedQuote('إذا اتفقنا على تسليم هؤلاء المجرمين ، فإن روسيا ستفعل ذلك بالتأكيد ، ولكن فقط إذا وافق الطرف الآخر الذي نتحدث عنه هنا ، الولايات المتحدة ، على القيام بذلك ومجرمين مشابهين', PUTIN, false, PRESIDENT),
  // "وقال زعيم الكرملين: “…”. لا يوجد شيء مميز هنا …"
  seedQuote('قبل الاحتفالات رفيعة المستوى ، تحاول الأحزاب دائمًا تقليل الخطاب السلبي لخلق جو جيد للعمل', 'زعيم الكرملين', false),
  // "وفي الوقت نفسه ، قال إن قرار … كان “خطوة احترافية”": قال has no subject; the last named speaker is زعيم الكرملين.
  seedQuote('خطوة احترافية', 'زعيم الكرملين', true),
  // "وقال بوتين “…”" — no colon.
  seedQuote('الحكومة الجديدة بقيادة الرئيس جو بايدن مددت في البداية معاهدة ستارت الجديدة', PUTIN, false, PRESIDENT),
  // "قال بوتين إن “…”"
  seedQuote('من المتوقع إحياء الاتصالات الشخصية والعلاقات وإقامة حوار مباشر وإنشاء آليات فعالة في تلك المجالات التي توجد فيها مصالح مشتركة', PUTIN, false, PRESIDENT),
  // "قال الرئيس الروسي إن …. وقال “لذلك …”": no subject, inferred.
  seedQuote('لذلك ، في هذه الوثائق ، تحمل اتفاقيات ومعاهدات الأطراف التزامات معينة', 'الرئيس الروسي', true),
  // "وشدد بوتين كذلك على أن …. وأضاف: “…" — never closed: runs to the paragraph's end.
  seedQuote('قضية الأمن السيبراني لها أهمية خاصة اليوم لأن إغلاق جميع الأنظمة يؤدي إلى عواقب وخيمة للغاية.', PUTIN, true, PRESIDENT),
  // "وقال بوتين في مقابلة “…”"
  seedQuote('ستتم مناقشة النزاعات الإقليمية ، خاصة في سوريا وليبيا ، بالإضافة إلى القضايا المتعلقة بحماية البيئة والقضايا ذات الطابع العالمي', PUTIN, false, PRESIDENT),
  // "وقال بوتين “…”"
  seedQuote('آمل أن يوفر الاجتماع وجها لوجه على الأقل الظروف للتشاور بشأن هذه القضايا', PUTIN, false, PRESIDENT),
];

(seedExists ? describe : describe.skip)('findQuotes on the seed article', () => {
  it('finds every quotation with its speaker, in order', () => {
    expect(plain(findQuotes(seedRoot()))).toEqual(SEED_QUOTES);
  });

  it('gives offsets into the flat text that cover exactly the quotation', () => {
    const root = seedRoot();
    const flat = flatText(root);
    const quotes = findQuotes(root);
    quotes.forEach((q, i) => {
      expect(q.id).toBe(i);
      expect(flat.slice(q.start, q.end)).toBe(q.text);
      if (i > 0) expect(q.start).toBeGreaterThanOrEqual(quotes[i - 1].end);
    });
    // The unclosed one ends where its paragraph ends.
    const unclosed = quotes[6];
    expect(flat.slice(unclosed.start - 1, unclosed.start)).toBe('“');
    expect(flat.slice(unclosed.end)).toMatch(/^وقال الرئيس الروسي إن/);
  });
});

describe('findQuotes rules', () => {
  for (const [group, cases] of Object.entries(RULE_CASES)) {
    describe(group, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(plain(findQuotes(rootOf(c.html)))).toEqual(c.quotes);
      });
    });
  }
});

describe('speechOnly', () => {
  it('keeps the speech, drops the terms and numbers what is left 0, 1, …', () => {
    const all = findQuotes(rootOf('<p>أطلقت البلدية مشروع «الحزام الأخضر».</p><p>وقال الوزير: «نعم».</p><p>وأضاف: «لا».</p>'));
    expect(all.map((q) => [q.id, q.kind])).toEqual([[0, 'term'], [1, 'speech'], [2, 'speech']]);
    expect(speechOnly(all).map((q) => [q.id, q.text, q.speaker])).toEqual([[0, 'نعم', 'الوزير'], [1, 'لا', 'الوزير']]);
  });
});

describe('findQuotes contract', () => {
  it('reads the DOM without changing it', () => {
    const html = RULE_CASES.structure.map((c) => c.html).join('');
    const root = rootOf(html);
    const before = root.innerHTML;
    findQuotes(root);
    expect(root.innerHTML).toBe(before);
  });

  it('walks a page nested 5,000 levels deep without recursion', () => {
    const root = deepNest('وقال الوزير: «نحن هنا».');
    expect(plain(findQuotes(root))).toEqual([seedQuote('نحن هنا', 'الوزير')]);
  });

  it('returns nothing for an article without text', () => {
    expect(findQuotes(rootOf('<p></p><img alt="x">'))).toEqual([]);
  });

  it('ignores the text of scripts and styles', () => {
    const root = rootOf('<p>قال الوزير: “نعم”</p><style>p::before { content: "«"; }</style><p>ثم غادر.</p>');
    expect(plain(findQuotes(root))).toEqual([seedQuote('نعم', 'الوزير')]);
  });
});

/** Spans found / expected (exact text) and speakers right among the spans found. */
function score(cases: QuoteCase[]) {
  let found = 0;
  let expected = 0;
  let matched = 0;
  let speakers = 0;
  for (const c of cases) {
    const got = findQuotes(rootOf(c.html));
    found += got.length;
    expected += c.quotes.length;
    const used = new Set<number>();
    for (const want of c.quotes) {
      const k = got.findIndex((g, i) => !used.has(i) && g.text === want.text);
      if (k < 0) continue;
      used.add(k);
      matched++;
      if (got[k].kind === want.kind && got[k].speaker === want.speaker && got[k].role === want.role && got[k].inferred === want.inferred) speakers++;
    }
  }
  return { precision: matched / found, recall: matched / expected, speakers: speakers / matched, matched, found, expected };
}

describe('scores over the fixtures', () => {
  const rules = Object.values(RULE_CASES).flat();
  const seed: QuoteCase[] = seedExists ? [{ name: 'seed', html: seedRoot().innerHTML, quotes: SEED_QUOTES }] : [];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const log = (name: string, s: ReturnType<typeof score>) =>
    console.info(`${name}: spans precision ${pct(s.precision)} recall ${pct(s.recall)} (${s.matched}/${s.found} found, ${s.expected} expected); speakers ${pct(s.speakers)}`);

  it('is perfect on the seed and the rule fixtures', () => {
    const s = score([...seed, ...rules]);
    log('seed + rules', s);
    expect([s.precision, s.recall, s.speakers]).toEqual([1, 1, 1]);
  });

  it('stays above its recorded level on the held-out sentences', () => {
    // First runs, before the rules they prompted: batch 1 spans 93.3% / 100%, speakers 71.4%;
    // batch 2 spans 90.0% / 100%, speakers 83.3%. Then 100% / 100%, speakers 40/46 (87.0%).
    // Issue 13 (kind and role counted too; titles split from names, quoted outlets listed as
    // terms): spans 100% / 100%, speakers 45/50 (90.0%). The misses: ورد قائلا, a speaker named
    // by a verb not in the list (التقت), two speakers in one sentence, هكذا ردد.
    const s = score([...HELD_OUT, ...HELD_OUT_2]);
    log('held-out', s);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.speakers).toBeGreaterThanOrEqual(0.85);
  });
});
