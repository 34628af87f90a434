import { latinRuns } from '../../utils/text/isolate';

/**
 * A UI string with its Latin runs (package names, URLs, key names,
 * shortcuts) isolated left to right, so in Arabic "speech-dispatcher" and
 * "(chrome://extensions/shortcuts …)" keep their order and their
 * parentheses; each word of a run is kept on one line ("speech-" never ends
 * a line). Elements, not control characters: copying the text gives it as
 * written (a command still runs when pasted).
 */
export function Isolated({ text }: { text: string }) {
  return (
    <>
      {latinRuns(text).map((run) =>
        run.ltr ? (
          <bdi dir="ltr" class="qari-ltr">
            {run.text.split(' ').map((word, i) => (
              <>
                {i > 0 && ' '}
                <span class="qari-nobreak">{word}</span>
              </>
            ))}
          </bdi>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
