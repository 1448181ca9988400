import { describe, expect, it } from 'vitest';
import type { FeatureSet, ProjectInfo } from '../../../shared/api';

// Overlapping project loads (a switch is both announced and answered): a slow load of the previous project that
// finishes after a newer one must not bring its rows back (seen in CI: Ctrl+N showed the old project's counts).

const pending: ((rows: Partial<FeatureSet>) => void)[] = [];
// The renderer's api module picks the preload client when window.renozone exists: a fake one whose
// features.load answers when the test says so.
(globalThis as unknown as { window: unknown }).window = {
  renozone: new Proxy(
    {},
    {
      get: (_, name) =>
        name === 'on'
          ? () => () => {}
          : () =>
              name === 'features.load'
                ? new Promise<Partial<FeatureSet>>((resolve) => pending.push(resolve))
                : Promise.resolve(null),
    },
  ),
};
const { loadProject, useStore } = await import('../../../renderer/src/state/store');

const project = (path: string) => ({ path, history: { canUndo: false, canRedo: false, depth: 0 } }) as ProjectInfo;
const compound = { id: 'c1' } as FeatureSet['compounds'][number];

describe('loadProject', () => {
  it('drops a load that finishes after a newer one started', async () => {
    const old = loadProject(project('/旧.gpkg'));
    const fresh = loadProject(project('/空白.gpkg'));
    pending[1]?.({ compounds: [] });
    await fresh;
    pending[0]?.({ compounds: [compound] });
    await old;
    expect(useStore.getState().project?.path).toBe('/空白.gpkg');
    expect(Object.keys(useStore.getState().compounds)).toEqual([]);
  });

  it('a load that is the newest fills the mirror', async () => {
    const only = loadProject(project('/旧.gpkg'));
    pending[2]?.({ compounds: [compound] });
    await only;
    expect(useStore.getState().project?.path).toBe('/旧.gpkg');
    expect(Object.keys(useStore.getState().compounds)).toEqual(['c1']);
  });
});
