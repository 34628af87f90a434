/**
 * The page goes quiet under the full-page view: its playing audio and video
 * pause as the view opens, and any that starts while it is open (an autoplay
 * clip that begins late, a page script calling `play()` again) is paused as
 * it starts. Closing the view resumes nothing: the reader asked for quiet,
 * and a clip that starts talking again as they come back to the page is the
 * very thing they shut out; they press play themselves if they want it.
 * Reached: media elements in the page's document. Not reached: media in
 * frames of other origins, in the page's own shadow roots, or never put in
 * the document (`new Audio()`), and Web Audio.
 */
export function quietPage(doc: Document): () => void {
  for (const media of doc.querySelectorAll<HTMLMediaElement>('audio, video')) if (!media.paused) media.pause();
  // `play` does not bubble: heard while capturing, on the document.
  const onPlay = (event: Event) => {
    const media = event.target as HTMLMediaElement | null;
    if (media && typeof media.pause === 'function') media.pause();
  };
  doc.addEventListener('play', onPlay, true);
  return () => doc.removeEventListener('play', onPlay, true);
}
