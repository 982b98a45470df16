// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../components/dashboard/Timeline';
import type { PracticeAction } from '../../../lib/practice/schema';
import { action } from './fake-api';

afterEach(cleanup);

const TOTAL = 100_000;
const made = new Map<number, PracticeAction>();
const rowAt = (i: number) => {
  if (i >= TOTAL) return undefined;
  let a = made.get(i);
  if (!a) made.set(i, (a = action(i)));
  return a;
};

function show(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  const onRange = vi.fn();
  const onSelect = vi.fn();
  const view = render(
    <Timeline total={TOTAL} rowAt={rowAt} onRange={onRange} version={0} onSelect={onSelect} rowHeight={56} initialHeight={560} {...props} />,
  );
  return { ...view, onRange, onSelect };
}

describe('Timeline (virtualised)', () => {
  it('draws only the rows in view, each telling its place in the whole list', () => {
    const { container, onRange } = show();
    const rows = container.querySelectorAll('li.sw-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe(String(TOTAL));
    expect(onRange).toHaveBeenCalledWith(0, rows.length);
    const spacer = container.querySelector<HTMLElement>('.sw-timeline__spacer')!;
    expect(spacer.style.height).toBe(`${TOTAL * 56}px`);
  });

  it('shows a loading row for entries not fetched yet', () => {
    const { container } = show({ rowAt: (i) => (i < 3 ? rowAt(i) : undefined) });
    expect(container.querySelectorAll('.sw-row__button')).toHaveLength(3);
    expect(container.querySelector('.sw-row--loading')!.getAttribute('aria-busy')).toBe('true');
  });

  it('is one tab stop; arrows, Page Down and End move focus and scroll', async () => {
    const { container, onRange } = show();
    const buttons = () => [...container.querySelectorAll<HTMLButtonElement>('.sw-row__button')];
    expect(buttons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons()[0]!.focus();
    fireEvent.keyDown(buttons()[0]!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-index')).toBe('1');
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(Number(document.activeElement?.getAttribute('data-index'))).toBeGreaterThan(5);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-index')).toBe(String(TOTAL - 1));
    // The rows around the end were asked for, not the ones in between.
    const [start, end] = onRange.mock.calls.at(-1)!;
    expect(end).toBe(TOTAL);
    expect(start).toBeGreaterThan(TOTAL - 40);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
  });

  it('selects an entry on click and shows its badges', () => {
    const { onSelect } = show({
      selectedId: action(0).id,
      badges: (e) => (e.id === action(1).id ? { comments: 2 } : e.id === action(2).id ? { draft: true } : {}),
    });
    const first = screen.getAllByRole('button')[0]!;
    expect(first.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('2 comments from your mentor')).toBeTruthy();
    expect(screen.getByText('Your comment')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button')[3]!);
    expect(onSelect).toHaveBeenCalledWith(rowAt(3), 3);
  });

  it('says so when nothing matches', () => {
    show({ total: 0 });
    expect(screen.getByText('No actions to show.')).toBeTruthy();
  });
});
