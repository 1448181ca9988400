import { type Catalog, registerMessages, t } from './index';

// Strings of the export (issue 6 §2): value labels written into exported files (pipe types for DXF layer names
// and the QGIS style, property types, package statuses and funding sources for the ledger — files are written in
// Chinese, the language of the people they are handed to), and the export dialog's and CLI's messages.

export const exportMessages: Catalog = {
  'export.pipe.water_supply': { zh: '给水', en: 'Water supply' },
  'export.pipe.storm': { zh: '雨水', en: 'Storm' },
  'export.pipe.sewer': { zh: '污水', en: 'Sewer' },
  'export.pipe.reclaimed': { zh: '再生水', en: 'Reclaimed water' },
  'export.pipe.gas': { zh: '燃气', en: 'Gas' },
  'export.pipe.heating': { zh: '热力', en: 'Heating' },
  'export.pipe.power': { zh: '电力', en: 'Power' },
  'export.pipe.telecom': { zh: '通信', en: 'Telecom' },
  'export.pipe.utility_trench': { zh: '管沟', en: 'Utility trench' },
  'export.property.commodity': { zh: '商品房', en: 'Commodity housing' },
  'export.property.reformed': { zh: '房改房', en: 'Reformed housing' },
  'export.property.work_unit': { zh: '单位自管', en: 'Work-unit managed' },
  'export.property.public_rental': { zh: '直管公房', en: 'Public rental' },
  'export.property.fund_raised': { zh: '集资房', en: 'Fund-raised housing' },
  'export.property.mixed': { zh: '混合', en: 'Mixed' },
  'export.status.reserve': { zh: '储备', en: 'Reserve' },
  'export.status.new_start': { zh: '新开工', en: 'New start' },
  'export.status.under_construction': { zh: '在建', en: 'Under construction' },
  'export.status.completed': { zh: '竣工', en: 'Completed' },
  'export.funding.central_provincial': { zh: '中央及省级补助', en: 'Central & provincial subsidy' },
  'export.funding.local_budget': { zh: '地方财政', en: 'Local budget' },
  'export.funding.residents': { zh: '居民出资', en: 'Residents' },
  'export.funding.utilities': { zh: '专营单位', en: 'Utility companies' },
  'export.funding.property_units': { zh: '原产权单位', en: 'Original property units' },
  'export.funding.social_capital': { zh: '社会资本', en: 'Social capital' },
  'export.ledger.yes': { zh: '是', en: 'Yes' },
  'export.ledger.no': { zh: '否（{reason}）', en: 'No ({reason})' },
  'export.ledger.sheet': { zh: '小区台账', en: 'Compound ledger' },
  'export.ledger.yearSheet': { zh: '{year}年度汇总', en: '{year} summary' },
  'export.ledger.noYear': { zh: '未定年度', en: 'Year not set' },
  'export.ledger.total': { zh: '合计', en: 'Total' },
  'export.ledger.pkgSheet': { zh: '片区-{name}', en: 'Package-{name}' },
  'export.label': { zh: '注记', en: 'labels' },
  'export.progress.writing': { zh: '正在写入 {layer}', en: 'Writing {layer}' },
  // Dialog and command
  'cmd.exchange.export': { zh: '导出…', en: 'Export…' },
  'export.format.gpkg': { zh: 'GeoPackage（QGIS，含图层样式）', en: 'GeoPackage (QGIS, with layer styles)' },
  'export.format.geojson': { zh: 'GeoJSON（zip，每图层一个文件）', en: 'GeoJSON (zip, one file per layer)' },
  'export.format.shp': { zh: 'Shapefile（zip，UTF-8）', en: 'Shapefile (zip, UTF-8)' },
  'export.format.kml': { zh: 'KML（Google 地球等）', en: 'KML (Google Earth etc.)' },
  'export.format.dxf': { zh: 'DXF（CAD，投影坐标，米）', en: 'DXF (CAD, projected metres)' },
  'export.format.xlsx': { zh: 'Excel 台账', en: 'Excel ledger' },
  'export.dialog.title': { zh: '导出', en: 'Export' },
  'export.dialog.format': { zh: '格式', en: 'Format' },
  'export.dialog.scope': { zh: '范围', en: 'Scope' },
  'export.dialog.scope.all': { zh: '整个项目', en: 'Whole project' },
  'export.dialog.scope.packages': { zh: '所选片区', en: 'Selected packages' },
  'export.dialog.noPackages': { zh: '项目中还没有片区。', en: 'The project has no packages yet.' },
  'export.dialog.out': { zh: '输出文件', en: 'Output file' },
  'export.dialog.browse': { zh: '选择文件夹…', en: 'Choose folder…' },
  'export.dialog.useFolder': { zh: '使用此文件夹', en: 'Use this folder' },
  'export.dialog.cancelled': { zh: '导出已取消，未生成文件。', en: 'Export cancelled; no file was written.' },
  'export.dialog.run': { zh: '导出', en: 'Export' },
  'export.dialog.cancel': { zh: '取消', en: 'Cancel' },
  'export.dialog.close': { zh: '关闭', en: 'Close' },
  'export.dialog.overwrite': { zh: '覆盖已有文件', en: 'Overwrite an existing file' },
  'export.dialog.done': { zh: '已导出 {count} 个文件', en: '{count} file(s) exported' },
  'export.dialog.pickPackages': { zh: '请至少选择一个片区。', en: 'Choose at least one package.' },
  'export.dialog.needOut': { zh: '请选择输出文件。', en: 'Choose the output file.' },
  'export.dialog.saveTitle': { zh: '导出到', en: 'Export to' },
  'cli.export.usage': {
    zh: 'export <文件.gpkg> --format gpkg|geojson|shp|kml|dxf|xlsx [--packages ID,…] --out 路径 [--overwrite] [--json]',
    en: 'export <file.gpkg> --format gpkg|geojson|shp|kml|dxf|xlsx [--packages ID,…] --out PATH [--overwrite] [--json]',
  },
  'cli.export.summary': {
    zh: '导出项目或所选片区：GeoPackage、GeoJSON、Shapefile、KML、DXF 或 Excel 台账',
    en: 'export the project or some packages: GeoPackage, GeoJSON, Shapefile, KML, DXF or an Excel ledger',
  },
  'cli.export.badFormat': { zh: '--format 只能是 {values}', en: '--format must be one of {values}' },
  'cli.export.needOut': { zh: '需要 --out 输出路径', en: '--out PATH is required' },
  'cli.export.badPackages': {
    zh: '--packages 需要逗号分隔的片区 ID',
    en: '--packages needs comma-separated package ids',
  },
  'cli.export.done': { zh: '已导出 {count} 个文件：', en: '{count} file(s) exported:' },
  'cli.export.layer': { zh: '  {layer}：{count}', en: '  {layer}: {count}' },
};
registerMessages(exportMessages);

/** Chinese label of a stored value (pipe type, property type, status, funding source), for files. */
export const zhLabel = (group: 'pipe' | 'property' | 'status' | 'funding', value: string): string =>
  t(`export.${group}.${value}`, {}, 'zh');
