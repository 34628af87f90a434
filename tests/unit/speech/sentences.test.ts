import { describe, expect, it } from 'vitest';
import { blockElements, sentencesFrom, splitSentences, type Sentence } from '../../../utils/speech/sentences';
import { highlightQuotes } from '../../../utils/quotes/highlight';
import { findQuotes } from '../../../utils/quotes/quotes';
import { deepNest, seedExists, seedRoot } from '../paths';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Every Text node's data in document order: what `start`/`end` index. */
function flatText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
  return text;
}

/** The sentences' texts, checking on the way that the offsets point at them. */
function texts(root: Element): string[] {
  const flat = flatText(root);
  const sentences = splitSentences(root);
  for (const s of sentences) {
    expect(flat.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    expect(flat.slice(s.start, s.end)).toBe(flat.slice(s.start, s.end).trim());
  }
  return sentences.map((s) => s.text);
}

const split = (html: string) => texts(rootOf(html));
/** One paragraph's text, whole: the rule under test must not cut it. */
const whole = (text: string) => expect(split(`<p>${text}</p>`)).toEqual([text]);



describe.skipIf(!seedExists)('the seed article', () => {
  const byBlock = () => {
    const map = new Map<number, string[]>();
    for (const s of splitSentences(seedRoot())) map.set(s.block, [...(map.get(s.block) ?? []), s.text]);
    return map;
  };

  it('splits the paragraphs into the sentences a reader would say (written out by hand)', () => {
    const blocks = byBlock();
    // Headline-like lines without a mark are one sentence each.
    expect(blocks.get(0)).toEqual(['عالمي']);
    expect(blocks.get(1)).toEqual(['أعلن بوتين محور محادثاته مع بايدن']);
    expect(blocks.get(3)).toEqual([
      'وسيعقد الاجتماع بين رئيسي الولايات المتحدة وروسيا في 16 يونيو في جنيف بسويسرا ، وهذا هو أول اجتماع بينهما منذ تولي جو بايدن منصبه في يناير.',
      'من المرجح أن تكون النزاعات الإقليمية في سوريا وليبيا والتهديدات الأمنية العالمية والقضايا البيئية على جدول الأعمال.',
    ]);
    // A quotation closed before the full stop: the stop after ” ends the sentence.
    expect(blocks.get(6)).toEqual([
      'وقال بوتين: “إذا اتفقنا على تسليم هؤلاء المجرمين ، فإن روسيا ستفعل ذلك بالتأكيد ، ولكن فقط إذا وافق الطرف الآخر الذي نتحدث عنه هنا ، الولايات المتحدة ، على القيام بذلك ومجرمين مشابهين”.',
      'الاتحاد.',
    ]);
    expect(blocks.get(9)).toEqual([
      'وقال زعيم الكرملين: “قبل الاحتفالات رفيعة المستوى ، تحاول الأحزاب دائمًا تقليل الخطاب السلبي لخلق جو جيد للعمل”.',
      'لا يوجد شيء مميز هنا ولا أخلط بين نفسي بأي شيء.',
      'هناك نهج احترافي.',
    ]);
    // The ellipsis, followed by a space and an Arabic word, ends a sentence.
    expect(blocks.get(10)).toEqual([
      'وفي الوقت نفسه ، قال إن قرار الولايات المتحدة بالموافقة على تمديد البداية الجديدة كان “خطوة احترافية”.',
      'وقال بوتين “الحكومة الجديدة بقيادة الرئيس جو بايدن مددت في البداية معاهدة ستارت الجديدة”.',
      'أعتقد أن هذه خطوة مهمة للغاية …',
      'من الرئيس بايدن ، بالطبع ، هذه علامة على الاحتراف.',
    ]);
    // Smotrim.ru: a dot inside a domain name is no boundary.
    expect(blocks.get(12)).toEqual([
      'وفي مقابلة مع موقع Smotrim.ru الروسي ، قال بوتين إن “من المتوقع إحياء الاتصالات الشخصية والعلاقات وإقامة حوار مباشر وإنشاء آليات فعالة في تلك المجالات التي توجد فيها مصالح مشتركة”.',
    ]);
    expect(blocks.get(13)).toEqual([
      'وبخصوص اتفاقية تسليم المجرمين ، قال الرئيس الروسي إن جميع هذه الاتفاقيات واردة في الوثائق الحكومية ذات الصلة.',
      'وقال “لذلك ، في هذه الوثائق ، تحمل اتفاقيات ومعاهدات الأطراف التزامات معينة”.',
      'غالبا ما تكون متساوية.',
      'كلا الطرفين يقدم التزامات مماثلة.',
    ]);
    // A quotation never closed: the block end ends it.
    expect(blocks.get(14)).toEqual([
      'وشدد بوتين كذلك على أن قضية الأمن السيبراني حول العالم لها أهمية خاصة.',
      'وأضاف: “قضية الأمن السيبراني لها أهمية خاصة اليوم لأن إغلاق جميع الأنظمة يؤدي إلى عواقب وخيمة للغاية.',
    ]);
    // A paragraph that is only "." says nothing.
    expect(blocks.has(19)).toBe(false);
    expect(blocks.get(20)).toEqual(['المصدر : وكالة ايسنا للأنباء.']);
    expect(blocks.get(22)).toEqual(['لن يتم نشر عنوان بريدك الإلكتروني.', 'الحقول الإلزامية مشار إليها بـ *']);
  });

  it('has 37 sentences, offsets pointing at their text, in document order', () => {
    const root = seedRoot();
    const all = splitSentences(root);
    expect(all).toHaveLength(37);
    expect(texts(root)).toHaveLength(37);
    for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
  });

  it('keeps its offsets when the quotations are highlighted (marks only split Text nodes)', () => {
    const root = seedRoot();
    const before = splitSentences(root);
    highlightQuotes(root, findQuotes(root));
    expect(root.querySelector('mark')).not.toBeNull();
    expect(splitSentences(root)).toEqual(before);
  });

  it('starts from any paragraph', () => {
    const all = splitSentences(seedRoot());
    expect(all[sentencesFrom(all, 10)].text).toBe('وفي الوقت نفسه ، قال إن قرار الولايات المتحدة بالموافقة على تمديد البداية الجديدة كان “خطوة احترافية”.');
    // The "." paragraph has nothing to say: reading starts at the next one.
    expect(all[sentencesFrom(all, 19)].text).toBe('المصدر : وكالة ايسنا للأنباء.');
  });
});

describe('boundaries', () => {
  it('cuts after . ؟ ? ! ؛ … followed by a space', () => {
    expect(split('<p>ذهب. عاد؟ لماذا? هكذا! نعم؛ ربما… انتهى.</p>')).toEqual(['ذهب.', 'عاد؟', 'لماذا?', 'هكذا!', 'نعم؛', 'ربما…', 'انتهى.']);
  });

  it('treats a run of marks as one', () => {
    expect(split('<p>حقا؟! نعم... ثم!!! لا؟.</p>')).toEqual(['حقا؟!', 'نعم...', 'ثم!!!', 'لا؟.']);
  });

  it('keeps closing quotation marks and brackets with the sentence', () => {
    expect(split('<p>قال: «نعم.» ثم مضى.</p>')).toEqual(['قال: «نعم.»', 'ثم مضى.']);
    expect(split('<p>قال: “لا!” وقالت (بهدوء.) ثم "انتهى." وبعد \'هذا.\' آخر.</p>')).toEqual(['قال: “لا!”', 'وقالت (بهدوء.)', 'ثم "انتهى."', "وبعد 'هذا.'", 'آخر.']);
    expect(split('<p>قال: «نعم.»</p>')).toEqual(['قال: «نعم.»']);
  });

  it('cuts before an opening guillemet and between Arabic words joined by a mark', () => {
    expect(split('<p>انتهى.«وبدأ» غيره.</p>')).toEqual(['انتهى.', '«وبدأ» غيره.']);
    expect(split('<p>انتهى الاجتماع.وقال الوزير ذلك؟وأضاف شيئا</p>')).toEqual(['انتهى الاجتماع.', 'وقال الوزير ذلك؟', 'وأضاف شيئا']);
  });

  it('passes over invisible direction marks after the mark', () => {
    expect(split('<p>انتهى.\u200F وبدأ.</p>')).toEqual(['انتهى.\u200F', 'وبدأ.']);
  });

  it('never cuts a sentence without a mark followed by a space', () => {
    whole('كتب a.b وذهب');
    whole('رأى word.next هنا'); // Latin on both sides: not the joined-Arabic rule
  });
});

describe('never a boundary', () => {
  it('inside numbers, Western and Arabic-Indic', () => {
    whole('ارتفع بنسبة 3.5 في المئة إلى 1.000.000 دولار.');
    whole('بلغ المعدل ١٫٥ وبلغ الآخر ١.٥ والنسبة 2.5% هذا العام.');
    whole('سجل ٢٫٧٥٪ و١٬٠٠٠٬٠٠٠ نسمة.');
    // …but a number does end a sentence when a space follows.
    expect(split('<p>ولد عام 1950. وتوفي عام ٢٠٢٠. ثم</p>')).toEqual(['ولد عام 1950.', 'وتوفي عام ٢٠٢٠.', 'ثم']);
  });

  it('after Arabic abbreviations', () => {
    whole('قال د. محمد إن أ. علي وم. سامي حضروا.');
    whole('في عام 1442 هـ. الموافق 2021 م. ذكر ذلك في ص. 15 من ج. 2 وغيرها إلخ. كما قيل.');
    whole('ولد سنة 1442ه. وقيل 1443هـ. أو 2021م. بحسب المصدر.');
    whole('حاضر أ.د. خالد وأ. د. سمير عن ق.م. ونشر في ص.ب. 12.');
    whole('انظر ط. الثانية و ن. المصدر.'); // any single Arabic letter
    whole('قال دُ. محمد ذلك.'); // with a diacritic
    // "و" written onto the abbreviation, but a word that merely starts with و still ends a sentence.
    expect(split('<p>حضر وم. سامي. وهو. ثم</p>')).toEqual(['حضر وم. سامي.', 'وهو.', 'ثم']);
  });

  it('after Latin abbreviations and initials', () => {
    whole('التقى Mr. Smith وMrs. Jones وDr. Who وProf. X في St. Louis.');
    whole('مباراة A vs. B صباحا 9 a.m. أو 5 p.m. في U.S. وفي U.K. مثلا.');
    whole('مثل e.g. هذا و i.e. ذاك.');
    whole('كتبه J. R. Tolkien في Washington D.C. قديما.');
  });

  it('a list number alone', () => {
    expect(split('<li>1. الأول. الثاني</li><li>(٢. ثالث</li>')).toEqual(['1. الأول.', 'الثاني', '(٢. ثالث']);
  });

  it('in URLs and e-mail addresses', () => {
    whole('نشر موقع Smotrim.ru الروسي وwww.example.com/path?q=1 الخبر.');
    whole('راسلوا a.b@c.d أو https://news.example.org/a.b?c=d!e للمزيد.');
    // The stop after an address, followed by a space, is the sentence's.
    expect(split('<p>زوروا www.example.com. ثم اقرأوا.</p>')).toEqual(['زوروا www.example.com.', 'ثم اقرأوا.']);
  });

  it('at an ellipsis or a stop followed by a lowercase Latin word', () => {
    whole('He said… then left.');
    whole('Wait... what approx. ten');
    expect(split('<p>He said… Then left.</p>')).toEqual(['He said…', 'Then left.']);
  });
});

describe('blocks and inline elements', () => {
  it('lets a sentence cross inline elements, with offsets into the flat text', () => {
    const root = rootOf('<p>قال <a href="#">الرئيس <b>الروسي</b></a> إن <i>الاجتماع</i> مهم. <b>ثم</b> غادر.</p>');
    expect(texts(root)).toEqual(['قال الرئيس الروسي إن الاجتماع مهم.', 'ثم غادر.']);
    const [first, second] = splitSentences(root);
    expect([first.start, first.block]).toEqual([0, 0]);
    expect(second.end).toBe(flatText(root).length);
  });

  it('ends a sentence at every block end and <br>, even without a mark', () => {
    expect(split('<h2>عنوان بلا نقطة</h2><p>فقرة أولى</p><ul><li>بند</li><li>بند ثان</li></ul><figure><img alt=""><figcaption>تعليق</figcaption></figure><blockquote><p>اقتباس</p><p>ثان</p></blockquote>')).toEqual([
      'عنوان بلا نقطة', 'فقرة أولى', 'بند', 'بند ثان', 'تعليق', 'اقتباس', 'ثان',
    ]);
    expect(split('<p>سطر أول<br>سطر ثان</p>')).toEqual(['سطر أول', 'سطر ثان']);
    expect(split('<p>a</p>b')).toEqual(['a', 'b']);
  });

  it('numbers blocks as blockElements lists them; loose text is -1', () => {
    const root = rootOf('مقدمة<div>نص<p>فقرة</p>ذيل</div><blockquote><p>اقتباس</p></blockquote>');
    const all = splitSentences(root);
    expect(all.map((s) => [s.text, s.block])).toEqual([['مقدمة', -1], ['نص', 0], ['فقرة', 1], ['ذيل', 0], ['اقتباس', 3]]);
    const blocks = blockElements(root);
    expect(blocks.map((b) => b.tagName)).toEqual(['DIV', 'P', 'BLOCKQUOTE', 'P']);
    expect(blocks[all[4].block].textContent).toBe('اقتباس');
    expect(sentencesFrom(all, 1)).toBe(2);
    expect(sentencesFrom(all, 2)).toBe(4); // the blockquote: its first paragraph
    expect(sentencesFrom(all, 9)).toBe(-1);
    expect(sentencesFrom([], 0)).toBe(-1);
  });

  it('keeps unspoken elements in the offsets but out of the text', () => {
    const root = rootOf('<p>قال <script>var a = "x. y";</script>الوزير<svg><text>S</text></svg> كلاما. ثم</p>');
    const all = splitSentences(root);
    expect(all.map((s) => s.text)).toEqual(['قال الوزير كلاما.', 'ثم']);
    expect(flatText(root).slice(all[0].start, all[0].end)).toContain('var a');
  });

  it('collapses white space from the source and skips sentences without letters', () => {
    const root = rootOf('<p>\n  سطر\n   طويل.   * .  </p><p>  </p><p>. — .</p>');
    expect(splitSentences(root).map((s) => s.text)).toEqual(['سطر طويل.']);
  });

  it('walks a page nested 5,000 levels deep without recursion', () => {
    const root = deepNest('عميق جدا. ثم');
    const all = splitSentences(root);
    expect(all.map((s) => s.text)).toEqual(['عميق جدا.', 'ثم']);
    expect(all[0].block).toBe(2499); // the innermost of 2,500 <div>s
  });
});
