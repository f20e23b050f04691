// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemList, PAGE, type ListItem } from '../../../../renderer/features/sidebar/ItemList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const items: ListItem[] = Array.from({ length: 2500 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}` }));
let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function render(selectedId?: string) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<ItemList label="Events" items={items} selectedId={selectedId} onOpen={() => undefined} empty="None" />));
}
const titles = () => [...container.querySelectorAll('.item .title')].map((t) => t.textContent);
const more = () => [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show '));

describe('a long sidebar list', () => {
  it('renders a page of rows, counts them all, and shows more on request', () => {
    render();
    expect(container.querySelector('.count')?.textContent).toBe('2,500');
    expect(titles()).toHaveLength(PAGE);
    expect(more()?.textContent).toBe('Show 1,000 more of 1,500');
    act(() => more()!.click());
    expect(titles()).toHaveLength(2000);
    act(() => more()!.click());
    expect(titles()).toHaveLength(2500);
    expect(more()).toBeUndefined();
  });

  it('always renders the open item, however far down it is', () => {
    render('e2400');
    expect(titles()).toHaveLength(2401);
    expect(container.querySelector('[aria-current="true"] .title')?.textContent).toBe('Event 2400');
  });
});
