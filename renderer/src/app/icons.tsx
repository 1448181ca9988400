// Icon of each command (commands.ts names them; only the view knows the components).
import {
  AimOutlined,
  ApartmentOutlined,
  BlockOutlined,
  BorderOuterOutlined,
  CloseOutlined,
  ColumnWidthOutlined,
  DeleteOutlined,
  DragOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  GatewayOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  RedoOutlined,
  SaveOutlined,
  SelectOutlined,
  SettingOutlined,
  TranslationOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { IconName } from './commands';

const ICONS: Record<IconName, ReactNode> = {
  new: <FileAddOutlined />,
  open: <FolderOpenOutlined />,
  saveAs: <SaveOutlined />,
  demo: <EnvironmentOutlined />,
  close: <CloseOutlined />,
  select: <SelectOutlined />,
  drawCompound: <GatewayOutlined />,
  drawBuilding: <HomeOutlined />,
  editVertices: <NodeIndexOutlined />,
  move: <DragOutlined />,
  measureDistance: <ColumnWidthOutlined />,
  measureArea: <BorderOuterOutlined />,
  editPackage: <BlockOutlined />,
  bundle: <ApartmentOutlined />,
  delete: <DeleteOutlined />,
  undo: <UndoOutlined />,
  redo: <RedoOutlined />,
  snapping: <AimOutlined />,
  settings: <SettingOutlined />,
  lang: <TranslationOutlined />,
};

export const commandIcon = (name: IconName | undefined): ReactNode => (name ? ICONS[name] : null);
