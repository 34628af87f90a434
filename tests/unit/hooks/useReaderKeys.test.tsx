import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReaderKeys } from '../../../hooks/useReaderKeys';
import { KEYMAP, type ReaderAction } from '../../../utils/keymap';

const ACTIONS = [...new Set(KEYMAP.map((k) => k.action))] as ReaderAction[];

function View({ close, replay }: { close: () => void; replay?: string[] }) {
  const root = useRef<HTMLDivElement>(null);
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, a === 'close' ? close : null])) as Record<ReaderAction, (() => void) | null>;
  useReaderKeys(root, { actions, trapFocus: false, copyText: () => '', trustedOnly: false, replay });
  return <div ref={root}>view</div>;
}

const escape = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe('useReaderKeys', () => {
  const container = document.createElement('div');
  afterEach(() => render(null, container));

  it('takes the keys as the view is drawn, not a frame later: the first screen hands Esc over in the same task', () => {
    const close = vi.fn();
    render(<View close={close} />, container);
    escape();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('acts on the keys pressed before the view was here only after its first paint', async () => {
    const close = vi.fn();
    render(<View close={close} replay={['Escape']} />, container);
    expect(close).not.toHaveBeenCalled();
    await frame();
    await frame();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('lets go of the keys when the view goes', () => {
    const close = vi.fn();
    render(<View close={close} />, container);
    render(null, container);
    escape();
    expect(close).not.toHaveBeenCalled();
  });
});
