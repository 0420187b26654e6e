import { createRegistry } from '../../../src/commands';
/** @vitest-environment jsdom */
// A drag is drawn from React state and committed once: on the drop, or, when React Flow ends it
// without a drop (a second finger, the card deleted under it), when the pointer is released.
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useLiveDrag } from '../../../src/canvas/useLiveDrag';
import { framesFor } from '../../../src/geometry/layout';
import { docOf, givenExample, teamOf } from './given';

function dragging() {
  const stores = givenExample();
  const hook = renderHook(() => useLiveDrag(stores, createRegistry(), framesFor(docOf(stores))));
  return { stores, hook };
}

const lastLabel = (s: ReturnType<typeof givenExample>) => s.document.getState().past.at(-1)?.label;

describe('useLiveDrag', () => {
  it('given a drag under way, the document is untouched until the drop, which commits one step', () => {
    const { stores, hook } = dragging();
    const before = docOf(stores);
    const start = teamOf(stores, 'qa');
    act(() => hook.result.current.move([{ id: 'qa', topLeft: { x: 1500, y: 330 } }]));
    act(() => hook.result.current.move([{ id: 'qa', topLeft: { x: 1520, y: 340 } }]));
    expect(hook.result.current.live?.get('qa')?.topLeft).toEqual({ x: 1520, y: 340 });
    expect(docOf(stores)).toBe(before);

    act(() => hook.result.current.finish());
    expect(hook.result.current.live).toBeNull();
    expect(teamOf(stores, 'qa').position).not.toEqual(start.position);
    expect(stores.document.getState().past).toHaveLength(1);
    expect(lastLabel(stores)).toBe('Move team');
  });

  it('given a drag that ends without a drop, releasing the pointer commits what is drawn', async () => {
    const { stores, hook } = dragging();
    act(() => hook.result.current.move([{ id: 'qa', topLeft: { x: 1500, y: 330 } }]));
    act(() => void window.dispatchEvent(new Event('pointerup')));
    await waitFor(() => expect(hook.result.current.live).toBeNull());
    expect(lastLabel(stores)).toBe('Move team');
    // The next drag starts afresh: nothing of this one is carried into it.
    act(() => hook.result.current.move([{ id: 'eng', topLeft: { x: 900, y: 330 } }]));
    expect([...hook.result.current.live!.keys()]).toEqual(['eng']);
  });

  it('given a drop, the release that follows adds nothing more', async () => {
    const { stores, hook } = dragging();
    act(() => hook.result.current.move([{ id: 'qa', topLeft: { x: 1500, y: 330 } }]));
    act(() => {
      window.dispatchEvent(new Event('pointerup'));
      hook.result.current.finish();
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(stores.document.getState().past).toHaveLength(1);
  });
});
