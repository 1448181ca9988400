// The top toolbar: file menu, tools, delete, undo/redo (tooltips name what they undo), snapping, settings, language.
import { DownOutlined } from '@ant-design/icons';
import { Button, Divider, Dropdown, Tooltip } from 'antd';
import { t } from '../../../shared/i18n';
import { ContextDrawPicker } from '../context/ContextDrawPicker';
import { useLang } from '../i18n';
import { PipeTypePicker } from '../map/PipeTypePicker';
import { BundleDialog } from '../packages/BundleDialog';
import { CheckRunner } from '../pipelines/CheckRunner';
import { ClearanceDialog } from '../pipelines/ClearanceDialog';
import { SectionModal } from '../pipelines/SectionModal';
import type { Command, CommandState } from './commands';
import { useCommands } from './commandsContext';
import { commandIcon } from './icons';
import { shortcutLabel } from './shortcuts';
import { useCommandState } from './useCommandState';

const FILE_COMMANDS = [
  'file.new',
  'file.open',
  'file.saveAs',
  'file.openDemo',
  'exchange.import',
  'exchange.export',
  'report.dossier',
  'file.close',
];
const TOOL_COMMANDS = [
  'tool.select',
  'tool.drawCompound',
  'tool.drawBuilding',
  'tool.editVertices',
  'tool.move',
  'tool.measureDistance',
  'tool.measureArea',
  'tool.editPackage',
  'tool.drawPipeline',
  'tool.drawTree',
  'tool.crossSection',
  'tool.placeFacility',
  'tool.drawRoad',
  'tool.drawSiteArea',
];

function tooltipOf(c: Command, state: CommandState): string {
  const shortcut = c.shortcuts[0] ? `  (${shortcutLabel(c.shortcuts[0])})` : '';
  if (c.id === 'edit.undo')
    return t('cmd.undoWith', { summary: state.history.undoSummary ?? t('cmd.nothing') }) + shortcut;
  if (c.id === 'edit.redo')
    return t('cmd.redoWith', { summary: state.history.redoSummary ?? t('cmd.nothing') }) + shortcut;
  return t(c.labelKey) + shortcut;
}

function CommandButton({ command, state, showLabel }: { command: Command; state: CommandState; showLabel: boolean }) {
  const active = command.active?.(state) ?? false;
  return (
    <Tooltip title={tooltipOf(command, state)} mouseEnterDelay={0.4}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        icon={commandIcon(command.icon)}
        disabled={!command.enabled(state)}
        onClick={() => void command.run()}
        data-testid={`cmd-${command.id}`}
        aria-pressed={command.active ? active : undefined}
      >
        {showLabel ? t(command.labelKey) : null}
      </Button>
    </Tooltip>
  );
}

export function Toolbar() {
  useLang((s) => s.lang);
  const commands = useCommands();
  const state = useCommandState();
  const get = (id: string): Command => {
    const c = commands.get(id);
    if (!c) throw new Error(`unknown command ${id}`);
    return c;
  };
  const fileItems = FILE_COMMANDS.map((id) => {
    const c = get(id);
    const shortcut = c.shortcuts[0] ? shortcutLabel(c.shortcuts[0]) : undefined;
    return { key: id, label: t(c.labelKey), icon: commandIcon(c.icon), disabled: !c.enabled(state), extra: shortcut };
  });
  return (
    <div className="rz-toolbar" data-testid="toolbar">
      <span className="rz-brand">{t('app.name')}</span>
      <Dropdown menu={{ items: fileItems, onClick: ({ key }) => void get(key).run() }} trigger={['click']}>
        <Button size="small" type="text" data-testid="menu-file">
          {t('cmd.file.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      <Divider orientation="vertical" />
      {TOOL_COMMANDS.map((id) => (
        <CommandButton key={id} command={get(id)} state={state} showLabel />
      ))}
      <PipeTypePicker disabled={state.project === null} />
      <ContextDrawPicker tool={state.tool} />
      <Divider orientation="vertical" />
      <CommandButton command={get('edit.delete')} state={state} showLabel={false} />
      <CommandButton command={get('edit.undo')} state={state} showLabel={false} />
      <CommandButton command={get('edit.redo')} state={state} showLabel={false} />
      <CommandButton command={get('view.zoomAll')} state={state} showLabel={false} />
      <CommandButton command={get('view.zoomSelection')} state={state} showLabel={false} />
      <Divider orientation="vertical" />
      <CommandButton command={get('packages.bundle')} state={state} showLabel />
      <CommandButton command={get('tables.toggle')} state={state} showLabel />
      <CommandButton command={get('pipelines.check')} state={state} showLabel />
      <CommandButton command={get('pipelines.clearance')} state={state} showLabel />
      <CommandButton command={get('leftover.show')} state={state} showLabel />
      <CommandButton command={get('review.start')} state={state} showLabel />
      <Divider orientation="vertical" />
      <CommandButton command={get('snapping.toggle')} state={state} showLabel />
      <span className="rz-spacer" />
      <CommandButton command={get('help.shortcuts')} state={state} showLabel={false} />
      <CommandButton command={get('settings.open')} state={state} showLabel={false} />
      <CommandButton command={get('lang.toggle')} state={state} showLabel />
      <BundleDialog />
      <CheckRunner />
      <ClearanceDialog />
      <SectionModal />
    </div>
  );
}
