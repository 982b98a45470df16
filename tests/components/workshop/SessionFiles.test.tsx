// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResetWorkshop } from '../../../components/workshop/ResetWorkshop';
import { SessionFiles, type LoadResult } from '../../../components/workshop/SessionFiles';

afterEach(() => cleanup());

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
const input = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('SessionFiles', () => {
  it('hands the text to the page and says what was loaded', async () => {
    const onLoad = vi.fn((text: string, name: string): LoadResult => ({ ok: true, file: { id: '1', kind: 'lessons', name, detail: `${text.length} bytes` } }));
    render(<SessionFiles loaded={[]} onLoad={onLoad} onRemove={() => undefined} />);
    choose(input(), new File(['{"a":1}'], 'mine.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Loaded mine.json: 7 bytes.'));
    expect(onLoad).toHaveBeenCalledWith('{"a":1}', 'mine.json');
    expect(input().value).toBe('');
  });

  it('lists every error, as an alert, and says nothing changed', async () => {
    render(<SessionFiles loaded={[]} onLoad={() => ({ ok: false, errors: ['steps[0].done.type: nope', 'title: empty'] })} onRemove={() => undefined} />);
    choose(input(), new File(['{}'], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('bad.json was not loaded. Nothing changed.');
    expect(Array.from(alert.querySelectorAll('li'), (li) => li.textContent)).toEqual(['steps[0].done.type: nope', 'title: empty']);
  });

  it('refuses a file that is too big before reading it', async () => {
    const onLoad = vi.fn();
    render(<SessionFiles loaded={[]} onLoad={onLoad} onRemove={() => undefined} maxBytes={10} />);
    choose(input(), new File(['x'.repeat(20_000)], 'huge.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('at most 0 kB');
    expect(onLoad).not.toHaveBeenCalled();
  });

  it('lists loaded files with a labelled remove button', () => {
    const onRemove = vi.fn();
    render(<SessionFiles loaded={[{ id: 'a', kind: 'tip-pack', name: 'words.json', detail: '3 tips' }]} onLoad={() => ({ ok: false, errors: [] })} onRemove={onRemove} />);
    expect(screen.getByRole('list', { name: 'Loaded this session' }).textContent).toContain('words.json · tip pack · 3 tips');
    fireEvent.click(screen.getByRole('button', { name: 'Remove words.json' }));
    expect(onRemove).toHaveBeenCalledWith('a');
  });
});

describe('ResetWorkshop', () => {
  it('asks first, says the real log is safe, and gives focus back after', async () => {
    const onReset = vi.fn(async () => undefined);
    render(<ResetWorkshop count={12} onReset={onReset} />);
    expect(screen.getByText('Workshop log: 12 actions')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset workshop' }));
    const group = screen.getByRole('group', { name: 'Confirm reset' });
    expect(group.textContent).toContain('Your own practice log is not touched.');
    expect(document.activeElement?.textContent).toBe('Yes, reset');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(onReset).toHaveBeenCalledOnce());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reset workshop' })).toBeTruthy());
  });

  it('Escape and Cancel change nothing', () => {
    const onReset = vi.fn();
    render(<ResetWorkshop count={1} onReset={onReset} />);
    expect(screen.getByText('Workshop log: 1 action')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset workshop' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Yes, reset' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Confirm reset' })).toBeNull();
    // Focus is back on the opener at once (no frame later), so the next key press lands there.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset workshop' }));
    // Escape cancels even when the focus has left the confirmation.
    fireEvent.click(screen.getByRole('button', { name: 'Reset workshop' }));
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Confirm reset' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset workshop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onReset).not.toHaveBeenCalled();
  });

  it('shows why a reset failed', async () => {
    render(<ResetWorkshop count={null} onReset={() => Promise.reject(new Error('the background did not answer'))} />);
    expect(screen.getByText('Workshop log')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset workshop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The workshop could not be reset: the background did not answer');
  });
});
