import { browser } from 'wxt/browser';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** The toolbar button on tab `tabId` says why Qari cannot read it: a badge, and `why` as its tooltip. */
export async function showTabProblem(tabId: number, why: string): Promise<void> {
  await toolbar().setBadgeText({ tabId, text: '!' });
  await toolbar().setTitle({ tabId, title: why });
}

/** Takes the badge of `showTabProblem` off the button on tab `tabId`. */
export async function clearTabProblem(tabId: number): Promise<void> {
  await toolbar().setBadgeText({ tabId, text: '' });
}
