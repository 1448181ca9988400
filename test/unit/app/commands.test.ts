import { describe, expect, it } from 'vitest';
import {
  buildCommands,
  type Command,
  type CommandActions,
  type CommandState,
  commandForKey,
  registerCommands,
} from '../../../renderer/src/app/commands';
import type { KeyInput } from '../../../renderer/src/app/shortcuts';
import { EMPTY_HISTORY } from '../../../renderer/src/state/types';
import type { ProjectInfo } from '../../../shared/api';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { C1 } from './fixtures';

/** Actions that record what ran, so a test can see which effect a command triggers. */
function recordingActions(): { actions: CommandActions; log: string[] } {
  const log: string[] = [];
  const actions: CommandActions = {
    setTool: (tool) => log.push(`tool:${tool}`),
    toggleSnapping: () => log.push('snap'),
    deleteSelection: () => void log.push('delete'),
    undo: () => void log.push('undo'),
    redo: () => void log.push('redo'),
    openFileDialog: (mode) => log.push(`file:${mode}`),
    openDemo: () => void log.push('demo'),
    closeProject: () => void log.push('close'),
    confirmSaved: () => void log.push('saved'),
    openSettings: () => log.push('settings'),
    toggleLang: () => log.push('lang'),
    openBundleDialog: () => log.push('bundle'),
    zoomToProject: () => log.push('zoom:project'),
    zoomToSelection: () => log.push('zoom:selection'),
  };
  return { actions, log };
}

const project: ProjectInfo = {
  path: '/tmp/p.gpkg',
  settings: DEFAULT_SETTINGS,
  schemaVersion: 1,
  counts: { compounds: 1, buildings: 0 },
  history: EMPTY_HISTORY,
};
const idle: CommandState = { project, selection: [], history: EMPTY_HISTORY, tool: 'select', snapping: true };
const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

function run(input: KeyInput, state: CommandState = idle): string[] {
  const { actions, log } = recordingActions();
  const registry = registerCommands(buildCommands(actions));
  const c = commandForKey(registry.values(), input);
  if (c?.enabled(state)) void c.run();
  return log;
}

describe('command table', () => {
  it('registers every command once with a label key and unique shortcuts', () => {
    const registry = registerCommands(buildCommands(recordingActions().actions));
    const tools = ['select', 'drawCompound', 'drawBuilding', 'editVertices', 'move', 'measureDistance', 'measureArea'];
    expect([...registry.keys()].sort()).toEqual(
      [
        ...[...tools, 'editPackage', 'drawPipeline', 'drawTree', 'crossSection', 'placeFacility', 'drawRoad'].map(
          (t) => `tool.${t}`,
        ),
        'tool.drawSiteArea',
        ...['file.new', 'file.open', 'file.save', 'file.saveAs', 'file.openDemo', 'file.close'],
        ...['edit.delete', 'edit.undo', 'edit.redo', 'snapping.toggle', 'settings.open', 'lang.toggle'],
        ...['packages.bundle', 'tables.toggle', 'pipelines.check', 'pipelines.clearance', 'leftover.show'],
        'exchange.export',
        'exchange.import',
        'review.start',
        'report.dossier',
        'help.shortcuts',
        'view.zoomAll',
        'view.zoomSelection',
      ].sort(),
    );
    for (const c of registry.values()) expect(c.labelKey).toMatch(/^cmd\./);
  });

  it('refuses a duplicate id and a shortcut bound twice', () => {
    const [first] = buildCommands(recordingActions().actions) as [Command];
    expect(() => registerCommands([first, { ...first }])).toThrow(/duplicate command id/);
    expect(() => registerCommands([first, { ...first, id: 'other' }])).toThrow(/bound to both/);
  });

  it('maps the documented shortcuts to their effects', () => {
    const cases: [KeyInput, string][] = [
      [key('v'), 'tool:select'],
      [key('c'), 'tool:drawCompound'],
      [key('b'), 'tool:drawBuilding'],
      [key('e'), 'tool:editVertices'],
      [key('m'), 'tool:move'],
      [key('d'), 'tool:measureDistance'],
      [key('a'), 'tool:measureArea'],
      [key('Escape'), 'tool:select'],
      [key('s'), 'snap'],
      [key('o', { ctrlKey: true }), 'file:open'],
      [key('n', { ctrlKey: true }), 'file:new'],
      [key('S', { ctrlKey: true, shiftKey: true }), 'file:saveAs'],
      [key('s', { ctrlKey: true }), 'saved'],
      [key('Home'), 'zoom:project'],
    ];
    for (const [input, effect] of cases) expect(run(input), JSON.stringify(input)).toEqual([effect]);
  });

  it('undo and redo follow history; Ctrl+Shift+Z and Ctrl+Y both redo', () => {
    expect(run(key('z', { ctrlKey: true }))).toEqual([]);
    const both = { ...idle, history: { ...EMPTY_HISTORY, canUndo: true, canRedo: true, depth: 1 } };
    expect(run(key('z', { ctrlKey: true }), both)).toEqual(['undo']);
    expect(run(key('Z', { ctrlKey: true, shiftKey: true }), both)).toEqual(['redo']);
    expect(run(key('y', { ctrlKey: true }), both)).toEqual(['redo']);
    expect(run(key('z', { metaKey: true }), both)).toEqual(['undo']);
  });

  it('delete needs a selection; Delete and Backspace both delete', () => {
    expect(run(key('Delete'))).toEqual([]);
    const selected: CommandState = { ...idle, selection: [{ table: 'compounds', id: C1 }] };
    expect(run(key('Delete'), selected)).toEqual(['delete']);
    expect(run(key('Backspace'), selected)).toEqual(['delete']);
  });

  it('Z zooms to the selection only when there is one', () => {
    expect(run(key('z'))).toEqual([]);
    expect(run(key('z'), { ...idle, selection: [{ table: 'trees', id: C1 }] })).toEqual(['zoom:selection']);
    expect(run(key('z', { ctrlKey: true }), { ...idle, selection: [{ table: 'trees', id: C1 }] })).toEqual([]);
  });

  it('tools and settings need a project; opening files does not', () => {
    const none: CommandState = { ...idle, project: null };
    expect(run(key('c'), none)).toEqual([]);
    expect(run(key('o', { ctrlKey: true }), none)).toEqual(['file:open']);
  });

  it('marks the current tool and snapping as active', () => {
    const registry = registerCommands(buildCommands(recordingActions().actions));
    const state: CommandState = { ...idle, tool: 'move', snapping: false };
    expect(registry.get('tool.move')?.active?.(state)).toBe(true);
    expect(registry.get('tool.select')?.active?.(state)).toBe(false);
    expect(registry.get('snapping.toggle')?.active?.(state)).toBe(false);
  });
});
