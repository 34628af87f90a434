import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract/extract';
import { applyRemoveRules, passesCheck, pickedElement } from '../../../utils/sites/apply';
import { ruleId, type SiteRule } from '../../../utils/sites/rules';
import { SITE_PAGES, sitePage, type SitePage } from './fixtures';

const WADI = 'alwadi-news.example';
const MINBAR = 'minbar-khaleej.example';
const rule = (over: Partial<SiteRule>): SiteRule => ({ host: WADI, kind: 'remove', selector: '.wadi-writer-box', text: 'عن الكاتب رنا الحداد صحفية في قسم الاقتصاد', added: 1, ...over });

function read(name: SitePage, siteRules: SiteRule[] = []): Article {
  const result = extractArticle(sitePage(name), { url: SITE_PAGES[name], siteRules });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.article;
}

/** The rule edit mode makes from the block of `article` whose text starts with `start`. */
function ruleFromBlock(article: Article, start: string, host = WADI): SiteRule {
  const body = new DOMParser().parseFromString(article.content, 'text/html').body;
  const block = Array.from(body.querySelectorAll('[data-qari-block]')).find((el) => el.textContent!.trim().startsWith(start))!;
  return { host, kind: 'remove', selector: article.blocks![Number(block.getAttribute('data-qari-block'))], text: block.textContent!.replace(/\s+/g, ' ').trim().slice(0, 200), added: 1 };
}

describe('remove rules in extractArticle', () => {
  it('take the block made into a rule on one page off the other pages of the site, reported as site-rule', () => {
    expect(read('wadi-2').text).toContain('عن الكاتب');
    const made = ruleFromBlock(read('wadi-1'), 'عن الكاتب');
    expect(made.selector).toBe('.wadi-writer-box');
    for (const page of ['wadi-1', 'wadi-2', 'wadi-3'] as const) {
      const article = read(page, [made]);
      expect(article.text, page).not.toContain('عن الكاتب');
      expect(article.removed.filter((r) => r.rule === 'site-rule')).toHaveLength(1);
      expect(article.siteRules).toEqual([ruleId(made)]);
      // The article itself is all there.
      expect(article.text.split('\n').length).toBe(read(page).text.split('\n').length - 2);
    }
  });

  it('take a block found by place only when its text is the same', () => {
    const made = ruleFromBlock(read('wadi-1'), 'غير أن المزارعين');
    expect(made.selector).toBe('.entry-content > p');
    const same = read('wadi-1', [made]);
    expect(same.text).not.toContain('غير أن المزارعين');
    expect(same.text).toContain('ويأمل المزارعون');
    // On another page every paragraph matches the place, none the text: nothing goes.
    expect(read('wadi-2', [made]).text).toBe(read('wadi-2').text);
    expect(read('wadi-2', [made]).siteRules).toEqual([]);
  });

  it('skip a rule whose selector matches nothing, or is no selector at all, and show the page as usual', () => {
    const plain = read('wadi-2');
    for (const selector of ['.gone-box', 'p:::nonsense', ':scope > table > tr']) expect(read('wadi-2', [rule({ selector })]).text).toBe(plain.text);
  });

  it('apply only the rules of the page’s own site', () => {
    const made = ruleFromBlock(read('minbar-1'), 'آراء القراء', MINBAR);
    expect(made.selector).toBe('.mnb-voices');
    expect(read('minbar-1', [{ ...made, host: WADI }]).text).toContain('آراء القراء');
    expect(read('minbar-1', [made]).text).not.toContain('آراء القراء');
  });

  it('never take half the article for a rule whose class now names the body', () => {
    const renamed = rule({ selector: '.entry-content', text: 'عاد مزارعو الأغوار' });
    const article = read('wadi-2', [renamed]);
    expect(article.text).toContain('افتتحت بلدية الوادي');
    expect(article.siteRules).toEqual([]);
  });
});

describe('pick rules in extractArticle', () => {
  const pick: SiteRule = { host: MINBAR, kind: 'pick', selector: '.mnb-story', text: 'ميناء الدوحة الجديد يستقبل أول سفينة', added: 1 };

  it('read the picked part on every page of the site, without what extraction wrongly took', () => {
    expect(read('minbar-2').text).toContain('آراء القراء');
    for (const page of ['minbar-1', 'minbar-2'] as const) {
      const article = read(page, [pick]);
      expect(article.text, page).not.toContain('آراء القراء');
      expect(article.text, page).not.toMatch(/حمد: |أبو فهد: /);
      expect(article.siteRules).toEqual([ruleId(pick)]);
      // Clean-up still runs: the headline is the title, not a line of the body.
      expect(article.text).not.toContain(article.title);
      expect(article.title).toMatch(/ميناء|تحلية/);
    }
    expect(read('minbar-2', [pick]).text).toContain('ويقول باحثون في شؤون المياه');
  });

  it('read the page as usual when the picked part is gone or too small to be an article', () => {
    const plain = read('minbar-2').text;
    expect(read('minbar-2', [{ ...pick, selector: '.mnb-gone' }]).text).toBe(plain);
    expect(read('minbar-2', [{ ...pick, selector: '.mnb-info' }]).text).toBe(plain);
  });

  it('sanitise what was picked like any article', () => {
    const doc = sitePage('minbar-1');
    doc.querySelector('.mnb-chunk')!.insertAdjacentHTML('beforeend', '<img src="x" onerror="alert(1)"><script>alert(2)</script>');
    const result = extractArticle(doc, { url: SITE_PAGES['minbar-1'], siteRules: [pick] });
    expect(result.ok && result.article.content).not.toMatch(/onerror|<script/);
  });
});

describe('passesCheck', () => {
  const box = (text: string) => Object.assign(document.createElement('div'), { textContent: text });
  it('passes the same text, and the same opening words for a selector naming the block', () => {
    expect(passesCheck(box('عن الكاتب رنا الحداد صحفية في قسم الاقتصاد'), rule({}), 5000)).toBe(true);
    expect(passesCheck(box('عن الكاتب سامر القيسي مراسل'), rule({}), 5000)).toBe(true);
    expect(passesCheck(box('شاهد أيضاً فيديو'), rule({}), 5000)).toBe(false);
  });
  it('needs the same text for a selector that names only a place', () => {
    expect(passesCheck(box('عن الكاتب سامر القيسي مراسل'), rule({ selector: '.entry-content > div' }), 5000)).toBe(false);
  });
});

describe('applyRemoveRules and pickedElement', () => {
  it('report which rules removed something', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p class="promo">حمّل تطبيقنا</p><p>نص المقال الطويل هنا</p>';
    const rules = [rule({ selector: '.promo', text: 'حمّل تطبيقنا' }), rule({ selector: '.none', text: 'x' })];
    expect(applyRemoveRules(root, rules, (el) => (el.remove(), true))).toEqual([ruleId(rules[0])]);
    expect(root.textContent).toBe('نص المقال الطويل هنا');
  });
  it('find the picked element only when it holds enough text', () => {
    const doc = sitePage('minbar-1');
    expect(pickedElement(doc, [rule({ kind: 'pick', selector: '.mnb-story' })])?.el.className).toBe('mnb-story');
    expect(pickedElement(doc, [rule({ kind: 'pick', selector: 'h1' })])).toBeNull();
  });
});
