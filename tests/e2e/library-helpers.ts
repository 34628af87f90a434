import type { Page, Worker } from '@playwright/test';

/** What the library's database holds, read in the service worker (the database's own origin). */
export function libraryEntries(worker: Worker): Promise<Array<{ id: string; title: string; position: { fraction: number; block: number } | null; read: boolean; images: { kept: number; missed: number }; content?: string }>> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('qari-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) return resolve([]);
          const tx = db.transaction(['entries', 'articles'], 'readonly');
          const entries = tx.objectStore('entries').getAll();
          const articles = tx.objectStore('articles').getAll();
          tx.oncomplete = () => {
            const content = new Map((articles.result as Array<{ id: string; article: { content: string } }>).map((a) => [a.id, a.article.content]));
            resolve((entries.result as Array<{ id: string }>).map((e) => ({ ...e, content: content.get(e.id) })) as never);
            db.close();
          };
        };
      }),
  );
}

/** The library page, in a tab of its own. */
export async function openLibrary(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.locator('[data-qari="library-count"]').filter({ hasText: /\S/ }).waitFor();
}
