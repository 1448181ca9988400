import { beforeEach, describe, expect, test } from 'vitest';
import {
  buildCommands,
  type CommandActions,
  commandForKey,
  registerCommands,
} from '../../../renderer/src/app/commands';
import type { KeyInput } from '../../../renderer/src/app/shortcuts';
import { createCrossSectionTool } from '../../../renderer/src/map/tools/crossSection';
import { EMPTY_CONFLICT_FILTER } from '../../../renderer/src/pipelines/conflictRows';
import { usePipelineUi } from '../../../renderer/src/pipelines/uiState';
import type { Position } from '../../../shared/model/geometry';
import { fakeHost, pointerAt } from '../map/fakeHost';

// The pipeline-check commands and the 断面 tool, driven through the real command table and a fake map host.
const tools: string[] = [];
const actions = new Proxy({} as CommandActions, {
  get: (_, name) => (name === 'setTool' ? (tool: string) => void tools.push(tool) : () => undefined),
});
const registry = registerCommands(buildCommands(actions));
const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

beforeEach(() => {
  tools.length = 0;
  usePipelineUi.setState({ clearanceOpen: false, checkRequest: 0, sectionAt: null, filter: EMPTY_CONFLICT_FILTER });
});

describe('pipeline commands', () => {
  test('F7 requests a check; the clearance command opens the dialog', async () => {
    await commandForKey(registry.values(), key('F7'))?.run();
    expect(usePipelineUi.getState().checkRequest).toBe(1);
    await registry.get('pipelines.clearance')?.run();
    expect(usePipelineUi.getState().clearanceOpen).toBe(true);
  });
  test('X selects the cross-section tool; Shift+C does not draw a compound', async () => {
    await commandForKey(registry.values(), key('x'))?.run();
    expect(tools).toEqual(['crossSection']);
    expect(commandForKey(registry.values(), key('C', { shiftKey: true }))?.id).not.toBe('tool.drawCompound');
  });
});

describe('cross-section tool', () => {
  test('a main-button click opens the section at the clicked point; other buttons do not', () => {
    const opened: Position[] = [];
    const tool = createCrossSectionTool(fakeHost(), (p) => void opened.push(p));
    const p = pointerAt(100, 50);
    tool.click?.({ ...p, button: 2 });
    expect(opened).toEqual([]);
    tool.click?.(p);
    expect(opened).toEqual([p.lngLat]);
  });
});
