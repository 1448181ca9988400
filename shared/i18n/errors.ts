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
  'error.export.unknownPackage': {
    zh: '项目中没有这些片区：{ids}。',
    en: 'The project has no packages with these ids: {ids}.',
  },
  'error.export.failed': {
    zh: '导出失败，未生成文件（{path}）：{detail}',
    en: 'Export failed, no file was written ({path}): {detail}',
  },
  'error.export.empty': {
    zh: '所选范围内没有可导出的要素（{format}）。',
    en: 'Nothing to export in the chosen scope ({format}).',
  },
  'error.import.unsupportedFormat': {
    zh: '不支持导入“{ext}”文件。{hint}可导入：GeoJSON、Shapefile（.shp 或 .zip）、KML/KMZ、DXF、GeoPackage、CSV、XLSX。',
    en: '“{ext}” files cannot be imported. {hint}Supported: GeoJSON, Shapefile (.shp or .zip), KML/KMZ, DXF, GeoPackage, CSV, XLSX.',
  },
  'error.import.empty': {
    zh: '“{path}” 是空文件（0 字节或没有内容），没有可导入的数据。项目未作更改。',
    en: '“{path}” is empty; there is nothing to import. The project was not changed.',
  },
  'error.import.unreadable': {
    zh: '无法读取“{path}”：{detail}。请确认文件格式正确（可先用 QGIS 打开检查）。项目未作更改。',
    en: 'Cannot read “{path}”: {detail}. Check the file (e.g. open it in QGIS). The project was not changed.',
  },
  'error.import.corrupt': {
    zh: '“{path}” 已损坏：{detail}。请向数据提供方索取完整文件。项目未作更改。',
    en: '“{path}” is damaged: {detail}. Ask the data provider for a complete file. The project was not changed.',
  },
  'error.import.missingPart': {
    zh: 'Shapefile 缺少 {part} 文件（应与“{path}”放在同一文件夹、同名）。请把 .shp、.shx、.dbf、.prj（和 .cpg）一起复制过来，或打包成 .zip 导入。',
    en: 'The Shapefile lacks its {part} file (same folder and name as “{path}”). Copy .shp, .shx, .dbf, .prj (and .cpg) together, or import them as one .zip.',
  },
  'error.import.tooLarge': {
    zh: '“{path}” 声明或实际大小为 {size}，超过导入上限 {limit}。请按区域拆分后分批导入。',
    en: '“{path}” is (or claims to be) {size}, above the import limit of {limit}. Split it by area and import the parts.',
  },
  'error.import.noFeatures': {
    zh: '“{path}” 中没有要素（图层“{layer}”为空）。项目未作更改。',
    en: '“{path}” has no features (layer “{layer}” is empty). The project was not changed.',
  },
  'error.import.crsUnknown': {
    zh: '不知道数据的坐标系（{crs}）。请在“坐标系”中选择数据实际使用的坐标系（如 CGCS2000 3度带），再导入。',
    en: 'The data’s coordinate system is unknown ({crs}). Choose the system it uses (e.g. a CGCS2000 3° zone) and import again.',
  },
  'error.import.noGeometry': {
    zh: '数据没有几何（{count} 行表格）。请选择“按小区名称/编码关联已有小区”，或把坐标列映射为 x / y。',
    en: 'The data has no geometry ({count} table rows). Join it to existing compounds by name or code, or map coordinate columns to x / y.',
  },
  'error.import.wrongGeometry': {
    zh: '数据中的几何（{types}）不能导入到“{layer}”图层（需要{wanted}）。请换一个目标图层。',
    en: 'The data’s geometries ({types}) cannot go into the “{layer}” layer (it needs {wanted}). Choose another target layer.',
  },
  'error.import.layerNotFound': {
    zh: '“{path}” 中没有名为“{layer}”的图层或工作表。现有：{available}。',
    en: '“{path}” has no layer or sheet “{layer}”. Available: {available}.',
  },
  'error.import.mergedHeader': {
    zh: '工作表“{sheet}”的表头有合并单元格（{cells}），无法确定每一列的字段名。请在 Excel 中取消合并，让表头只占一行、每列一个名称后再导入。',
    en: 'The header of sheet “{sheet}” has merged cells ({cells}), so the column names are ambiguous. Unmerge them in Excel (one header row, one name per column) and import again.',
  },
  'error.import.joinField': {
    zh: '按“{joinBy}”关联小区，但没有任何源字段映射到“{joinBy}”。请在字段对应中指定小区名称或编码所在的列。',
    en: 'Joining compounds by “{joinBy}”, but no source field is mapped to “{joinBy}”. Map the column that holds the compound name or code.',
  },
  'error.import.outOfRange': {
    zh: '按坐标系 {crs} 换算后，数据不在地球上的有效经纬度范围内（例如 {sample}）。多半是坐标系选错了（带号/无带号、3度带/6度带）或 x、y 写反了。',
    en: 'With {crs}, the data falls outside valid longitude/latitude (e.g. {sample}). The CRS is probably wrong (zone prefix or not, 3° or 6°) or x and y are swapped.',
  },
  'error.leftover.unknownCompound': {
    zh: '项目中没有小区“{id}”（可用小区 ID、编码或名称指定）。',
    en: 'The project has no compound “{id}” (give its ID, code or name).',
  },
  'error.leftover.changedMeanwhile': {
    zh: '计算存量土地期间项目一直在被修改，未保存。请稍后再保存为图层。',
    en: 'The project kept changing while leftover land was computed; nothing was saved. Save the layer again in a moment.',
  },
  'error.report.printerUnavailable': {
    zh: '无法生成 PDF：找不到 Chromium 浏览器（{path}）。请安装 chromium（Debian/Ubuntu：apt install chromium），或用环境变量 RENOZONE_CHROMIUM 指定其路径。',
    en: 'Cannot make the PDF: Chromium was not found ({path}). Install chromium (Debian/Ubuntu: apt install chromium) or set RENOZONE_CHROMIUM to its path.',
  },
  'error.report.failed': {
    zh: '报告页面未能生成 PDF：{detail}',
    en: 'The report page could not be printed to PDF: {detail}',
  },
  'error.report.unknownPackage': {
    zh: '项目中没有这些片区：{ids}。',
    en: 'The project has no packages with these ids: {ids}.',
  },
  'error.report.unknownMeeting': {
    zh: '项目中没有这次审查会议（{id}）。',
    en: 'The project has no review meeting {id}.',
  },
  'error.report.noPackages': {
    zh: '项目中还没有片区（工程包）。请先打包，再生成报批材料。',
    en: 'The project has no packages yet. Bundle compounds into packages first.',
  },
  'error.internal': { zh: '内部错误：{detail}', en: 'Internal error: {detail}' },
};
