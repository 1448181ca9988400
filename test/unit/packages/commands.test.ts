import { describe, expect, it } from 'vitest';
import {
  buildCommands,
  type CommandActions,
  commandForKey,
  registerCommands,
} from '../../../renderer/src/app/commands';
import { EMPTY_HISTORY } from '../../../renderer/src/state/types';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';

function setup() {
  const log: string[] = [];
  const noop = () => undefined;
  const actions = new Proxy({} as CommandActions, {
    get: (_, name) =>
      name === 'setTool'
        ? (tool: string) => log.push(`tool:${tool}`)
        : name === 'openBundleDialog'
          ? () => log.push('bundle')
          : noop,
  });
  return { log, registry: registerCommands(buildCommands(actions)) };
}

const key = (k: string) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false });
const state = {
  project: {
    path: '/p.gpkg',
    settings: DEFAULT_SETTINGS,
    schemaVersion: 4,
    counts: { compounds: 0, buildings: 0 },
    history: EMPTY_HISTORY,
  },
  selection: [],
  history: EMPTY_HISTORY,
  tool: 'select' as const,
  snapping: true,
};

describe('package commands', () => {
  it('P picks the package-edit tool and K opens the bundle dialog, both named in Chinese', () => {
    const { log, registry } = setup();
    for (const k of ['p', 'k']) {
      const c = commandForKey(registry.values(), key(k));
      expect(c?.enabled(state)).toBe(true);
      void c?.run();
    }
    expect(log).toEqual(['tool:editPackage', 'bundle']);
    expect(t('cmd.tool.editPackage', {}, 'zh')).toBe('片区编辑');
    expect(t('cmd.packages.bundle', {}, 'zh')).toBe('自动打包');
    expect(registry.get('packages.bundle')?.enabled({ ...state, project: null })).toBe(false);
  });
});
