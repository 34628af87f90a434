import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';

describe('uiStringBundle', () => {
  it("holds every UI string, in the browser's language, read once", async () => {
    vi.resetModules();
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `ar:${key}`);
    const { uiStringBundle } = await import('../../../utils/browser/ui-bundle');
    const bundle = uiStringBundle();
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(en).sort());
    expect(bundle.appName).toBe('ar:appName');
    const calls = getMessage.mock.calls.length;
    expect(uiStringBundle()).toBe(bundle);
    expect(getMessage).toHaveBeenCalledTimes(calls);
  });
});
