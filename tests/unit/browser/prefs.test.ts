import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFS } from '../../../utils/prefs/schema';

/** A fresh copy of the storage module, defined after the test has seeded storage (as at browser start). */
async function prefsModule() {
  vi.resetModules();
  return import('../../../utils/browser/prefs');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored preferences', () => {
  it('reads what was stored, each bad or unknown value falling back alone', async () => {
    await fakeBrowser.storage.sync.set({ font: 'kufi', fontSize: 'x', theme: 'dark', lineHeight: 9, stray: 1 });
    const { loadPrefs } = await prefsModule();
    expect(await loadPrefs()).toEqual({ ...DEFAULT_PREFS, font: 'kufi', theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get('stray')).toEqual({ stray: 1 });
  });

  it('migrates values stored before versioning, each on its own', async () => {
    await fakeBrowser.storage.sync.set({ fontSize: '24', justify: 'true', lineHeight: 'tall', theme: 'sepia' });
    const { loadPrefs } = await prefsModule();
    expect(await loadPrefs()).toEqual({ ...DEFAULT_PREFS, fontSize: 24, justify: true, theme: 'sepia' });
    const stored = await fakeBrowser.storage.sync.get(['fontSize', 'fontSize$', 'justify']);
    expect(stored).toEqual({ fontSize: 24, fontSize$: { v: 2 }, justify: true });
  });

  it('reads current values in one call of the sync area, writing nothing (the reader does this on every first use in a tab)', async () => {
    await fakeBrowser.storage.sync.set({ font: 'kufi', font$: { v: 2 }, fontSize: 24, fontSize$: { v: 2 } });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const { loadPrefs, watchPrefs } = await prefsModule();
    expect(await loadPrefs()).toEqual({ ...DEFAULT_PREFS, font: 'kufi', fontSize: 24 });
    watchPrefs(DEFAULT_PREFS, () => {})();
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
  });

  it('keeps working when a newer version of Qari synced a value from another machine', async () => {
    await fakeBrowser.storage.sync.set({ fontSize: 26, fontSize$: { v: 9 }, theme: 'dark' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { loadPrefs } = await prefsModule();
    expect(await loadPrefs()).toMatchObject({ fontSize: 26, theme: 'dark' });
  });

  it('stores only valid values, and reset brings every default back', async () => {
    const { loadPrefs, resetPrefs, setPref } = await prefsModule();
    expect(await setPref('fontSize', 28)).toBe(true);
    expect(await setPref('fontSize', 99 as never)).toBe(false);
    expect(await setPref('theme', 'dark')).toBe(true);
    expect(await loadPrefs()).toMatchObject({ fontSize: 28, theme: 'dark' });
    await resetPrefs();
    expect(await loadPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('tells every watcher about a change made anywhere, validated', async () => {
    const { watchPrefs } = await prefsModule();
    const seen: unknown[] = [];
    const stop = watchPrefs(DEFAULT_PREFS, (prefs) => seen.push(prefs));
    await fakeBrowser.storage.sync.set({ fontSize: 30 });
    await fakeBrowser.storage.sync.set({ theme: 'purple' });
    stop();
    await fakeBrowser.storage.sync.set({ fontSize: 16 });
    expect(seen).toEqual([
      { ...DEFAULT_PREFS, fontSize: 30 },
      { ...DEFAULT_PREFS, fontSize: 30, theme: 'auto' },
    ]);
  });
});

describe('the directions set for sites', () => {
  it('live in one item of the local area, never in sync, and an invalid value reads as none', async () => {
    const { loadSiteDirections, saveSiteDirections } = await prefsModule();
    expect(await loadSiteDirections()).toEqual({});
    expect(await saveSiteDirections({ 'example.com': 'ltr' })).toBe(true);
    expect(await fakeBrowser.storage.local.get('siteDirections')).toEqual({ siteDirections: { 'example.com': 'ltr' } });
    expect(await fakeBrowser.storage.sync.get('siteDirections')).toEqual({});
    expect(await saveSiteDirections({ 'example.com': 'sideways' } as never)).toBe(false);
    await fakeBrowser.storage.local.set({ siteDirections: 'broken' });
    expect(await loadSiteDirections()).toEqual({});
  });

  it('reach every view that watches them', async () => {
    const { saveSiteDirections, watchSiteDirections } = await prefsModule();
    const seen: unknown[] = [];
    const unwatch = watchSiteDirections((sites) => seen.push(sites));
    await saveSiteDirections({ 'a.example': 'rtl' });
    await vi.waitFor(() => expect(seen).toEqual([{ 'a.example': 'rtl' }]));
    unwatch();
  });
});
