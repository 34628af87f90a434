import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixture, storedPrefs } from './helpers';

/**
 * A stand-in for the browser's speech synthesis, put in the popup before its
 * scripts run: it records what it is asked to say and ends a sentence when
 * the test says so. `voices` are the ones it claims to have.
 */
function standIn(voices: Array<{ name: string; lang: string; voiceURI: string; localService: boolean }>) {
  return (list: typeof voices) => {
    type U = { text: string; voice: { voiceURI: string } | null; rate: number; onstart?: () => void; onend?: () => void };
    const w = window as unknown as { spoken: Array<{ text: string; voice?: string; rate: number }>; endSentence: () => void; current: U | null };
    w.spoken = [];
    w.current = null;
    const synth = {
      speaking: false,
      paused: false,
      getVoices: () => list.map((v) => ({ ...v, default: false })),
      speak(u: U) {
        w.spoken.push({ text: u.text, voice: u.voice?.voiceURI, rate: u.rate });
        w.current = u;
        this.speaking = true;
        setTimeout(() => u.onstart?.(), 0);
      },
      cancel() {
        w.current = null;
        this.speaking = false;
      },
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      addEventListener() {},
      removeEventListener() {},
    };
    w.endSentence = () => {
      const u = w.current;
      w.current = null;
      u?.onend?.();
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      constructor(public text: string) {}
    };
  };
}

const ARABIC_AND_ENGLISH = [
  { name: 'Test Arabic (Egypt)', lang: 'ar-EG', voiceURI: 'test-ar-eg', localService: true },
  { name: 'Test Arabic online', lang: 'ar-SA', voiceURI: 'test-ar-online', localService: false },
  { name: 'Test English', lang: 'en-US', voiceURI: 'test-en', localService: true },
];

async function popupWith(context: BrowserContext, extensionId: string, tabId: number, voices: typeof ARABIC_AND_ENGLISH): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 560, height: 600 });
  await popup.addInitScript(standIn(voices), voices);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  return popup;
}

const spoken = (popup: Page) => popup.evaluate(() => (window as unknown as { spoken: Array<{ text: string; voice?: string; rate: number }> }).spoken);
const highlighted = (popup: Page) =>
  popup.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('qari-speaking');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });

test('read aloud speaks the article sentence by sentence in an Arabic voice, highlighting the sentence being read', async ({ context, server, extensionId, tabIdOf }) => {
  const page = await openFixture(context, server);
  const popup = await popupWith(context, extensionId, await tabIdOf(page), ARABIC_AND_ENGLISH);
  await popup.locator('[data-qari="listen-toggle"]').click();
  await expect(popup.locator('[data-qari="voice"] option')).toHaveText(['Test Arabic (Egypt)']);
  await popup.locator('[data-qari="play"]').click();
  await expect.poll(async () => (await spoken(popup)).length).toBe(1);
  let said = await spoken(popup);
  expect(said[0].voice).toBe('test-ar-eg');
  expect(said[0].text).toBe('رداً على موجة جديدة من هجمات الابتزاز عبر الولايات المتحدة ، شدد الرئيس الروسي على أن موسكو مستعدة لتسليم مجرمي الإنترنت إذا قامت واشنطن بالرد.');
  expect(await highlighted(popup)).toBe(said[0].text);
  await popup.screenshot({ path: test.info().outputPath('read-aloud.png') });

  await popup.evaluate(() => (window as unknown as { endSentence(): void }).endSentence());
  await expect.poll(async () => (await spoken(popup)).length).toBe(2);
  said = await spoken(popup);
  expect(said[1].text.startsWith('وسيعقد الاجتماع بين رئيسي الولايات المتحدة وروسيا في 16 يونيو')).toBe(true);
  expect(await highlighted(popup)).toBe(said[1].text);

  await popup.locator('[data-qari="play"]').click();
  await expect(popup.locator('[data-qari="play"]')).toHaveText('Resume');
  await popup.locator('[data-qari="play"]').click();
  await expect(popup.locator('[data-qari="play"]')).toHaveText('Pause');

  await popup.locator('[data-qari="speed"]').selectOption('1.5');
  await expect.poll(async () => (await spoken(popup)).at(-1)?.rate).toBe(1.5);
  expect((await storedPrefs(await context.serviceWorkers()[0])).speechRate).toBe(1.5);

  await popup.locator('[data-qari="stop"]').click();
  expect(await highlighted(popup)).toBeNull();
});

test('P plays and pauses, and reading starts from the paragraph the reader points at', async ({ context, server, extensionId, tabIdOf }) => {
  const page = await openFixture(context, server);
  const popup = await popupWith(context, extensionId, await tabIdOf(page), ARABIC_AND_ENGLISH);
  await popup.locator('[data-qari="article"] p', { hasText: 'وقال زعيم الكرملين' }).click();
  await popup.keyboard.press('p');
  await expect.poll(async () => (await spoken(popup)).length).toBe(1);
  expect((await spoken(popup))[0].text.startsWith('وقال زعيم الكرملين: “قبل الاحتفالات')).toBe(true);
  await popup.keyboard.press('p');
  await expect(popup.locator('[data-qari="play"]')).toHaveText('Resume');
});

test('with no voice for the article language it says so and how to add one, and never reads Arabic in English', async ({ context, server, extensionId, tabIdOf }) => {
  const page = await openFixture(context, server);
  const englishOnly = ARABIC_AND_ENGLISH.filter((v) => v.lang === 'en-US' || v.localService === false);
  const popup = await popupWith(context, extensionId, await tabIdOf(page), englishOnly);
  await popup.locator('[data-qari="listen-toggle"]').click();
  const note = popup.locator('[data-qari="no-voice"]');
  await expect(note).toContainText('No Arabic voice is installed');
  await expect(note).toContainText('speech-dispatcher');
  await expect(popup.locator('[data-qari="play"]')).toBeDisabled();
  await popup.keyboard.press('p');
  expect(await spoken(popup)).toEqual([]);
});

test("the browser's own speech synthesis, with no voice installed here, gives the same clear message", async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await popup.locator('[data-qari="listen-toggle"]').click();
  await popup.locator('[data-qari="play"]').click().catch(() => undefined);
  await expect(popup.locator('[data-qari="no-voice"]')).toBeVisible();
});
