// Commands as data (Excalidraw's actions): every user action is registered once here with its label, shortcuts
// and enabled predicate; the toolbar, the keyboard and (later) the Electron menu run them by id. The table is pure:
// the effects arrive as `CommandActions`, so it can be built and checked without a DOM or a backend.

import '../../../shared/i18n/exchange-export'; // cmd.exchange.export
import { openExportDialog } from '../exchange/exportState';
import { openShortcutSheet } from './help/helpState';
import { registerHelpMessages } from './help/messages';
import '../../../shared/i18n/report'; // cmd.report.dossier
import { openDossierDialog } from '../report/reportUi';
import '../../../shared/i18n/exchange-import'; // cmd.exchange.import
import { registerContextMessages } from '../context/messages';
import { openImportDialog } from '../exchange/importState';
import { registerFacilityMessages } from '../facilities/messages';
import { registerLeftoverMessages } from '../leftover/messages';
import { registerPipeMapMessages } from '../map/pipeMessages';
import { registerPackageMessages } from '../packages/messages';
import { registerPipelineCheckMessages } from '../pipelines/messages';
import { openClearanceDialog, requestPipelineCheck } from '../pipelines/uiState';
import { registerReviewMessages } from '../review/messages';
import { openSetup as openReviewSetup } from '../review/reviewState';
import type { AppState, ToolId } from '../state/types';
import { showBottomTab, toggleBottomPanel } from '../tables/panelState';
import { type KeyInput, matchesShortcut } from './shortcuts';

export type CommandState = Pick<AppState, 'project' | 'selection' | 'history' | 'tool' | 'snapping'>;

export type IconName =
  | 'new'
  | 'open'
  | 'saveAs'
  | 'demo'
  | 'close'
  | ToolId
  | 'delete'
  | 'undo'
  | 'redo'
  | 'snapping'
  | 'settings'
  | 'lang'
  | 'bundle'
  | 'leftover'
  | 'export'
  | 'import'
  | 'review'
  | 'dossier'
  | 'help'
  | 'zoomAll'
  | 'zoomSelection';

export interface Command {
  id: string;
  labelKey: string;
  /** Shortcuts in matchesShortcut's notation; the first one is shown in tooltips. */
  shortcuts: readonly string[];
  icon?: IconName;
  enabled(state: CommandState): boolean;
  /** For toggles and tools: whether the command's state is currently on (drawn pressed). */
  active?(state: CommandState): boolean;
  run(): void | Promise<void>;
}

/** The effects commands need; the shell wires them to the store, the API and its dialogs. */
export interface CommandActions {
  setTool(tool: ToolId): void;
  toggleSnapping(): void;
  deleteSelection(): void | Promise<void>;
  undo(): void | Promise<void>;
  redo(): void | Promise<void>;
  openFileDialog(mode: 'open' | 'new' | 'saveAs'): void;
  openDemo(): void | Promise<void>;
  closeProject(): void | Promise<void>;
  /** Ctrl+S: says the project is already saved (every change is written to the file as it is made). */
  confirmSaved(): void;
  openSettings(): void;
  toggleLang(): void;
  /** Fits the map to the whole project / to the selected features (map/zoomTo.ts; the map is the view's). */
  zoomToProject(): void;
  zoomToSelection(): void;
  /** Opens the automatic bundling dialog (issue 3). */
  openBundleDialog(): void;
}

const hasProject = (s: CommandState) => s.project !== null;
const always = () => true;

const TOOLS: { tool: ToolId; key: string }[] = [
  { tool: 'select', key: 'V' },
  { tool: 'drawCompound', key: 'C' },
  { tool: 'drawBuilding', key: 'B' },
  { tool: 'editVertices', key: 'E' },
  { tool: 'move', key: 'M' },
  { tool: 'measureDistance', key: 'D' },
  { tool: 'measureArea', key: 'A' },
  { tool: 'editPackage', key: 'P' },
  { tool: 'drawPipeline', key: 'L' },
  { tool: 'drawTree', key: 'R' },
  { tool: 'crossSection', key: 'X' },
  { tool: 'placeFacility', key: 'F' },
  // Site context (issue 4 §1): W for 道路 (way), G for 场地 (ground).
  { tool: 'drawRoad', key: 'W' },
  { tool: 'drawSiteArea', key: 'G' },
];

export function buildCommands(a: CommandActions): Command[] {
  registerPackageMessages(); // the package commands' labels live in the packages catalog part
  registerPipelineCheckMessages();
  registerPipeMapMessages(); // the pipe drawing tools' labels (cmd.tool.drawPipeline, cmd.tool.drawTree)
  registerFacilityMessages(); // cmd.tool.placeFacility
  registerContextMessages(); // cmd.tool.drawRoad, cmd.tool.drawSiteArea
  registerLeftoverMessages(); // cmd.leftover.show
  registerReviewMessages(); // cmd.review.start
  registerHelpMessages(); // cmd.help.shortcuts
  const toolCommands: Command[] = TOOLS.map(({ tool, key }) => ({
    id: `tool.${tool}`,
    labelKey: `cmd.tool.${tool}`,
    // Esc always returns to the select tool (and the map's tools cancel what they were drawing).
    shortcuts: tool === 'select' ? [key, 'Escape'] : [key],
    icon: tool,
    enabled: hasProject,
    active: (s) => s.tool === tool,
    run: () => a.setTool(tool),
  }));
  return [
    {
      id: 'file.new',
      labelKey: 'cmd.file.new',
      shortcuts: ['Mod+N'],
      icon: 'new',
      enabled: always,
      run: () => a.openFileDialog('new'),
    },
    {
      id: 'file.open',
      labelKey: 'cmd.file.open',
      shortcuts: ['Mod+O'],
      icon: 'open',
      enabled: always,
      run: () => a.openFileDialog('open'),
    },
    {
      id: 'file.saveAs',
      labelKey: 'cmd.file.saveAs',
      shortcuts: ['Mod+Shift+S'],
      icon: 'saveAs',
      enabled: hasProject,
      run: () => a.openFileDialog('saveAs'),
    },
    // Every change is committed to the project file as it is made, so there is nothing to save; Ctrl+S (pressed by
    // habit many times a day) says so instead of opening the browser's "save page" dialog in the browser host.
    {
      id: 'file.save',
      labelKey: 'cmd.file.save',
      shortcuts: ['Mod+S'],
      enabled: hasProject,
      run: a.confirmSaved,
    },
    {
      id: 'file.openDemo',
      labelKey: 'cmd.file.openDemo',
      shortcuts: [],
      icon: 'demo',
      enabled: always,
      run: a.openDemo,
    },
    {
      id: 'file.close',
      labelKey: 'cmd.file.close',
      shortcuts: [],
      icon: 'close',
      enabled: hasProject,
      run: a.closeProject,
    },
    ...toolCommands,
    {
      id: 'edit.delete',
      labelKey: 'cmd.edit.delete',
      shortcuts: ['Delete', 'Backspace'],
      icon: 'delete',
      enabled: (s) => s.project !== null && s.selection.length > 0,
      run: a.deleteSelection,
    },
    {
      id: 'edit.undo',
      labelKey: 'cmd.edit.undo',
      shortcuts: ['Mod+Z'],
      icon: 'undo',
      enabled: (s) => s.project !== null && s.history.canUndo,
      run: a.undo,
    },
    {
      id: 'edit.redo',
      labelKey: 'cmd.edit.redo',
      shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
      icon: 'redo',
      enabled: (s) => s.project !== null && s.history.canRedo,
      run: a.redo,
    },
    // The view: Home for the whole project as in most map software, Z for the selection.
    {
      id: 'view.zoomAll',
      labelKey: 'cmd.view.zoomAll',
      shortcuts: ['Home'],
      icon: 'zoomAll',
      enabled: hasProject,
      run: a.zoomToProject,
    },
    {
      id: 'view.zoomSelection',
      labelKey: 'cmd.view.zoomSelection',
      shortcuts: ['Z'],
      icon: 'zoomSelection',
      enabled: (s) => s.project !== null && s.selection.length > 0,
      run: a.zoomToSelection,
    },
    {
      id: 'snapping.toggle',
      labelKey: 'cmd.snapping.toggle',
      shortcuts: ['S'],
      icon: 'snapping',
      enabled: always,
      active: (s) => s.snapping,
      run: a.toggleSnapping,
    },
    {
      id: 'settings.open',
      labelKey: 'cmd.settings.open',
      shortcuts: [],
      icon: 'settings',
      enabled: hasProject,
      run: a.openSettings,
    },
    {
      id: 'packages.bundle',
      labelKey: 'cmd.packages.bundle',
      shortcuts: ['K'],
      icon: 'bundle',
      enabled: hasProject,
      run: a.openBundleDialog,
    },
    // The bottom panel's view state has its own store; toggling it needs no shell wiring.
    {
      id: 'tables.toggle',
      labelKey: 'cmd.tables.toggle',
      shortcuts: ['T'],
      enabled: hasProject,
      run: toggleBottomPanel,
    },
    // The pipeline check's view state has its own store (pipelines/uiState.ts); the toolbar's runner runs it.
    {
      id: 'pipelines.check',
      labelKey: 'cmd.pipelines.check',
      shortcuts: ['F7'],
      enabled: hasProject,
      run: requestPipelineCheck,
    },
    {
      id: 'pipelines.clearance',
      labelKey: 'cmd.pipelines.clearance',
      shortcuts: [],
      enabled: hasProject,
      run: openClearanceDialog,
    },
    // Leftover land (issue 4 §2): opens its bottom-panel tab, which switches the map layer on.
    {
      id: 'leftover.show',
      labelKey: 'cmd.leftover.show',
      shortcuts: ['U'],
      icon: 'leftover',
      enabled: hasProject,
      run: () => showBottomTab('leftover'),
    },
    // Export (issue 6 §2): the dialog's view state has its own store (exchange/exportState.ts).
    {
      id: 'exchange.export',
      labelKey: 'cmd.exchange.export',
      shortcuts: [],
      icon: 'export',
      enabled: hasProject,
      run: openExportDialog,
    },
    // Import (issue 6 §1): the dialog's view state has its own store (exchange/importState.ts).
    {
      id: 'exchange.import',
      labelKey: 'cmd.exchange.import',
      shortcuts: [],
      icon: 'import',
      enabled: hasProject,
      run: openImportDialog,
    },
    // Joint review (issue 7 §1): F5 as in presentation software (and the clickers that send it); review mode's
    // view state has its own store (review/reviewState.ts), which the shell's overlay follows.
    {
      id: 'review.start',
      labelKey: 'cmd.review.start',
      shortcuts: ['F5'],
      icon: 'review',
      enabled: hasProject,
      run: openReviewSetup,
    },
    // Approval dossier (issue 7 §2): the dialog's view state has its own store (report/reportUi.ts).
    {
      id: 'report.dossier',
      labelKey: 'cmd.report.dossier',
      shortcuts: [],
      icon: 'dossier',
      enabled: hasProject,
      run: openDossierDialog,
    },
    // The shortcut reference (help/ShortcutsDialog.tsx): F1 as in desktop apps, ? as in web apps.
    {
      id: 'help.shortcuts',
      labelKey: 'cmd.help.shortcuts',
      shortcuts: ['F1', 'Shift+?'],
      icon: 'help',
      enabled: always,
      run: openShortcutSheet,
    },
    { id: 'lang.toggle', labelKey: 'cmd.lang.toggle', shortcuts: [], icon: 'lang', enabled: always, run: a.toggleLang },
  ];
}

/** Indexes commands by id, refusing duplicate ids and shortcuts bound twice (both are bugs). */
export function registerCommands(commands: Command[]): Map<string, Command> {
  const byId = new Map<string, Command>();
  const bound = new Map<string, string>();
  for (const c of commands) {
    if (byId.has(c.id)) throw new Error(`duplicate command id: ${c.id}`);
    byId.set(c.id, c);
    for (const s of c.shortcuts) {
      const key = s.toLowerCase();
      const other = bound.get(key);
      if (other) throw new Error(`shortcut ${s} bound to both ${other} and ${c.id}`);
      bound.set(key, c.id);
    }
  }
  return byId;
}

/** The command a key press triggers, if any (enabled or not: the caller checks `enabled`). */
export function commandForKey(commands: Iterable<Command>, input: KeyInput): Command | undefined {
  for (const c of commands) if (c.shortcuts.some((s) => matchesShortcut(input, s))) return c;
  return undefined;
}
