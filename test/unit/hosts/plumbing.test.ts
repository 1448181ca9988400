// Small host pieces that need no server: the event hub, the home folder, the desktop menu template.
import { describe, expect, it } from 'vitest';
import { createEventHub, type EventMessage } from '../../../electron/host/events';
import { defaultHomeDir } from '../../../electron/host/home';
import { buildMenuTemplate, type MenuActions } from '../../../electron/host/menu';

describe('event hub', () => {
  it('delivers every event to every sink, even when one sink throws', () => {
    const errors: unknown[] = [];
    const hub = createEventHub((e) => errors.push(e));
    const seen: EventMessage[] = [];
    hub.subscribe(() => {
      throw new Error('closed window');
    });
    const off = hub.subscribe((m) => seen.push(m));
    hub.emit('job.progress', { jobId: 'j', done: 1, total: 2, message: '' });
    expect(seen).toEqual([{ event: 'job.progress', payload: { jobId: 'j', done: 1, total: 2, message: '' } }]);
    expect(errors).toHaveLength(1);
    off();
    hub.emit('project.changed', { project: null });
    expect(seen).toHaveLength(1);
    expect(hub.size).toBe(1);
  });
});

describe('default home folder', () => {
  it('follows RENOZONE_HOME, then the platform convention', () => {
    expect(defaultHomeDir({ RENOZONE_HOME: '/data/rz', HOME: '/home/a' }, 'linux')).toBe('/data/rz');
    expect(defaultHomeDir({ HOME: '/home/a' }, 'linux')).toBe('/home/a/.local/share/RenoZone');
    expect(defaultHomeDir({ HOME: '/home/a', XDG_DATA_HOME: '/x' }, 'linux')).toBe('/x/RenoZone');
    expect(defaultHomeDir({ HOME: '/Users/a' }, 'darwin')).toBe('/Users/a/Library/Application Support/RenoZone');
  });
});

describe('desktop menu', () => {
  it('is Chinese by default, routes items to actions, and leaves Ctrl+Z to the renderer', () => {
    const called: string[] = [];
    const actions = new Proxy({} as MenuActions, { get: (_t, name) => () => called.push(String(name)) });
    const menu = buildMenuTemplate(actions);
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const items = menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    const undo = items.find((i) => i.label === '撤销');
    expect(undo?.registerAccelerator).toBe(false);
    for (const item of items) item.click?.(...([] as unknown as Parameters<NonNullable<typeof item.click>>));
    expect(called.sort()).toEqual(
      ['about', 'closeProject', 'newProject', 'openDemo', 'openProject', 'redo', 'saveAs', 'undo'].sort(),
    );
    expect(buildMenuTemplate(actions, 'en').map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});
