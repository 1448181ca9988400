import type { ErrorCode } from '../model/errors';

type ErrorCatalog = Record<`error.${ErrorCode}`, { zh: string; en: string }>;

export const errorMessages: ErrorCatalog = {
  'error.file.notFound': { zh: '找不到文件：{path}', en: 'File not found: {path}' },
  'error.file.notSqlite': {
    zh: '“{path}” 不是 GeoPackage/SQLite 文件，无法作为项目打开。文件未做任何改动。',
    en: '“{path}” is not a GeoPackage/SQLite file and cannot be opened as a project. The file was not changed.',
  },
  'error.file.notRenozone': {
    zh: '“{path}” 是 SQLite/GeoPackage 文件，但不是 RenoZone 项目。可通过“导入”读取其中的图层。文件未做任何改动。',
    en: '“{path}” is a SQLite/GeoPackage file but not a RenoZone project. Use Import to read its layers. The file was not changed.',
  },
  'error.file.newerVersion': {
    zh: '该项目由更新版本的 RenoZone 保存（数据版本 {found}，本程序支持到 {supported}）。请升级 RenoZone 后再打开。文件未做任何改动。',
    en: 'This project was saved by a newer RenoZone (data version {found}; this app supports up to {supported}). Please update RenoZone. The file was not changed.',
  },
  'error.file.locked': {
    zh: '该项目已在另一个 RenoZone 窗口中打开（进程 {pid}）。请先在那里关闭它。',
    en: 'This project is already open in another RenoZone instance (process {pid}). Close it there first.',
  },
  'error.file.readOnly': {
    zh: '“{path}” 是只读文件，无法编辑。请检查文件权限，或复制一份后打开。',
    en: '“{path}” is read-only and cannot be edited. Check its permissions, or open a copy.',
  },
  'error.file.exists': { zh: '文件已存在：{path}', en: 'File already exists: {path}' },
  'error.file.writeFailed': {
    zh: '写入文件失败：{path}。项目保持原样。',
    en: 'Could not write {path}. The project is unchanged.',
  },
  'error.project.none': { zh: '当前没有打开的项目。', en: 'No project is open.' },
  'error.input.invalid': { zh: '输入无效：{detail}', en: 'Invalid input: {detail}' },
  'error.change.invalid': { zh: '修改无效：{detail}', en: 'Invalid change: {detail}' },
  'error.change.missingRow': {
    zh: '要删除的要素不存在（{table} {id}）。',
    en: 'The feature to delete does not exist ({table} {id}).',
  },
  'error.history.empty': { zh: '没有可撤销/重做的操作。', en: 'Nothing to undo or redo.' },
  'error.job.cancelled': { zh: '操作已取消，项目未作更改。', en: 'Cancelled; the project was not changed.' },
  'error.internal': { zh: '内部错误：{detail}', en: 'Internal error: {detail}' },
};
