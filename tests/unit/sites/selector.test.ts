import { describe, expect, it } from 'vitest';
import { buildSelector, countClasses, isStableName, ownName } from '../../../utils/sites/selector';
import { fixtureDocument, sitePage } from './fixtures';

describe('isStableName', () => {
  it.each(['entry-content', 'about-author', 'wadi-writer-box', 'articleBody', 'NewsRelated', 'td-post-content', 'copyrightLabel', 'h2', 'col-6x', 'خبر'])('keeps a name a theme author wrote: %s', (name) => {
    expect(isStableName(name)).toBe(true);
  });
  it.each(['bbc-1ka88fa', 'bbc-19j92fr', 'css-xyz123', 'css-1x2y3z', 'sc-bdVaJa', 'eWTyGd', 'jsx-2983745', 'post-4512', 'postid-4512', 'story-88213', 'Header_root__a1B2c', 'ember12', 'is-open', 'active', 'readability-page-1', 'page', 'qari-body', 'svelte-1xyz'])(
    'refuses a generated, per-page or state name: %s',
    (name) => {
      expect(isStableName(name)).toBe(false);
    },
  );
});

describe('buildSelector', () => {
  it('names a block by its own stable class when it has one (a WordPress author box)', () => {
    const doc = fixtureDocument('pages/isna-wordpress.html');
    const box = doc.querySelector('.author-bio')!;
    const selector = buildSelector(box, doc);
    expect(selector).toBe('.author-bio');
    expect(doc.querySelectorAll(selector)).toContain(box);
  });

  it('skips the hashed classes of a BBC page and anchors at the nearest stable name', () => {
    const doc = fixtureDocument('pages/mixed-english.html');
    const caption = doc.querySelector('figure figcaption')!;
    const selector = buildSelector(caption, doc);
    expect(selector).not.toMatch(/bbc-[a-z0-9]*\d/);
    expect(selector).not.toMatch(/nth-|data-/);
    expect(doc.querySelectorAll(selector)).toContain(caption);
  });

  it('goes from the nearest ancestor with a stable name by tag names when the block has none', () => {
    const doc = sitePage('wadi-1');
    const paragraph = doc.querySelector('.entry-content > p')!;
    expect(buildSelector(paragraph, doc)).toBe('.entry-content > p');
  });

  it('passes over a per-page id (post-4512) for the stable class beside it', () => {
    const doc = sitePage('wadi-1');
    const article = doc.querySelector('article')!;
    expect(buildSelector(article, doc)).not.toContain('4512');
    expect(doc.querySelectorAll(buildSelector(article, doc))).toContain(article);
  });

  it('takes a stable id before classes, and the rarest stable class of several', () => {
    const doc = fixtureDocument('pages/isna-wordpress.html');
    const related = doc.querySelector('#related-posts')!;
    expect(buildSelector(related, doc)).toBe('#related-posts');
    const counts = countClasses(doc);
    const entry = doc.querySelector('.entry-content')!;
    // "entry" and "clearfix" are on other elements too, or are no names at all.
    expect(ownName(entry, counts)).toBe('.entry-content');
  });

  it('anchors at the scope with :scope when nothing on the way has a name', () => {
    const doc = sitePage('wadi-1');
    const root = doc.createElement('div');
    root.innerHTML = '<div><section><p>نص</p></section></div>';
    expect(buildSelector(root.querySelector('p')!, root)).toBe(':scope > div > section > p');
    expect(root.querySelectorAll(':scope > div > section > p')).toHaveLength(1);
  });

  it('finds the same kind of block on another page of the site with the selector made on the first', () => {
    const first = sitePage('wadi-1');
    const selector = buildSelector(first.querySelector('.wadi-writer-box')!, first);
    const second = sitePage('wadi-3');
    expect(second.querySelectorAll(selector)).toHaveLength(1);
    expect(second.querySelector(selector)!.textContent).toContain('هالة النمري');
  });
});
