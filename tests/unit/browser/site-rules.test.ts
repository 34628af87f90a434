import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteRule } from '../../../utils/sites/rules';

async function siteRulesModule() {
  vi.resetModules();
  return import('../../../utils/browser/site-rules');
}

const rule = (over: Partial<SiteRule> = {}): SiteRule => ({ host: 'alwadi-news.example', kind: 'remove', selector: '.wadi-writer-box', text: 'عن الكاتب', added: 1, ...over });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored site rules', () => {
  it('live in the local area only, never the sync one', async () => {
    const { addSiteRules } = await siteRulesModule();
    await addSiteRules([rule()]);
    expect(await fakeBrowser.storage.local.get('siteRules')).toEqual({ siteRules: [rule()] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('drop a bad stored entry and keep the others', async () => {
    await fakeBrowser.storage.local.set({ siteRules: [rule(), { host: 'x', kind: 'explode' }, rule({ host: 'minbar-khaleej.example', kind: 'pick', selector: '.mnb-story' })] });
    const { loadSiteRules } = await siteRulesModule();
    expect((await loadSiteRules()).map((r) => r.host)).toEqual(['alwadi-news.example', 'minbar-khaleej.example']);
  });

  it('give the rules of an address’s site, and delete by id', async () => {
    const { addSiteRules, deleteSiteRules, siteRulesFor } = await siteRulesModule();
    await addSiteRules([rule(), rule({ selector: '.promo' }), rule({ host: 'other.example' })]);
    expect(await siteRulesFor('https://www.alwadi-news.example/a')).toHaveLength(2);
    await deleteSiteRules(['alwadi-news.example remove .promo']);
    expect((await siteRulesFor('https://alwadi-news.example/b')).map((r) => r.selector)).toEqual(['.wadi-writer-box']);
  });

  it('tell a watcher of every change', async () => {
    const { addSiteRules, watchSiteRules } = await siteRulesModule();
    const seen: number[] = [];
    const stop = watchSiteRules((rules) => seen.push(rules.length));
    await addSiteRules([rule()]);
    await addSiteRules([rule({ selector: '.b' })]);
    await vi.waitFor(() => expect(seen).toEqual([1, 2]));
    stop();
  });
});
