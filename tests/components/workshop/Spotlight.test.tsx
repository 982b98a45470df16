// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Spotlight } from '../../../components/workshop/Spotlight';

afterEach(() => cleanup());
const frame = () => new Promise((r) => setTimeout(r, 50));

describe('Spotlight', () => {
  it('waits for a late anchor, marks it, and goes when it goes', async () => {
    const resolve = () => {
      const el = document.querySelector('#late');
      return el ? { element: el, name: 'imageAltField' } : null;
    };
    render(<Spotlight resolve={resolve} scroll={false} />);
    expect(document.querySelector('.sb-spotlight')).toBeNull();
    const late = Object.assign(document.createElement('textarea'), { id: 'late' });
    document.body.append(late);
    await frame();
    const spot = document.querySelector('.sb-spotlight')!;
    expect(spot.getAttribute('data-anchor')).toBe('imageAltField');
    expect(spot.getAttribute('aria-hidden')).toBe('true');
    late.remove();
    await frame();
    expect(document.querySelector('.sb-spotlight')).toBeNull();
  });

  it('never writes into the element it marks', async () => {
    const field = Object.assign(document.createElement('textarea'), { id: 'f', value: 'typed' });
    document.body.append(field);
    const before = field.outerHTML;
    render(<Spotlight resolve={() => ({ element: field, name: 'composeBox' })} scroll={false} />);
    await frame();
    expect(field.outerHTML).toBe(before);
    expect(field.value).toBe('typed');
    expect(field.contains(document.querySelector('.sb-spotlight'))).toBe(false);
    field.remove();
  });
});
