// The CLI's part of the message catalog (both languages for every key).
import { type Catalog, registerMessages } from '../../shared/i18n/index';

export const cliMessages: Catalog = {
  'cli.usage': { zh: '用法', en: 'Usage' },
  'cli.colon': { zh: '：', en: ': ' },
  'cli.commands': { zh: '命令', en: 'Commands' },
  'cli.globalOptions': {
    zh: '  --help       显示帮助\n  --version    显示版本\n  --lang zh|en 输出语言（默认跟随 LANG 环境变量）',
    en: '  --help       show this help\n  --version    show the version\n  --lang zh|en output language (default from LANG)',
  },
  'cli.unknownCommand': { zh: '未知命令：{name}', en: 'Unknown command: {name}' },
  'cli.badLang': { zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' },
  'cli.demo.usage': { zh: 'demo <文件.gpkg>', en: 'demo <file.gpkg>' },
  'cli.demo.summary': { zh: '写出示例片区项目', en: 'write the demo district project' },
  'cli.demo.done': { zh: '已写出示例项目：{path}', en: 'Demo project written: {path}' },
  'cli.info.usage': { zh: 'info <文件.gpkg> [--json]', en: 'info <file.gpkg> [--json]' },
  'cli.info.summary': {
    zh: '显示项目的图层要素数和设置（--json 输出机器可读格式）',
    en: 'print layer counts and settings of a project (--json for machines)',
  },
  'cli.needFile': { zh: '需要一个 .gpkg 文件路径', en: 'a .gpkg file path is required' },
  'cli.tooManyArgs': { zh: '多余的参数：{args}', en: 'unexpected arguments: {args}' },
  'cli.info.file': { zh: '项目文件', en: 'Project file' },
  'cli.info.schemaVersion': { zh: '数据版本', en: 'Data version' },
  'cli.info.settings': { zh: '项目设置', en: 'Settings' },
  'cli.info.layers': { zh: '图层', en: 'Layers' },
  'cli.info.features': { zh: '{count} 个要素', en: '{count} features' },
  'cli.info.noGeometry': { zh: '属性表', en: 'attributes' },
  'cli.setting.project_name': { zh: '项目名称', en: 'Project name' },
  'cli.setting.cutoff_year': { zh: '改造年限（建成年份截止）', en: 'Cut-off build year' },
  'cli.setting.consent_threshold': { zh: '居民同意比例阈值', en: 'Consent threshold' },
  'cli.setting.storey_height_m': { zh: '层高（米）', en: 'Storey height (m)' },
  'cli.setting.metric_epsg': { zh: '度量坐标系', en: 'Metric CRS' },
  'cli.setting.metric_epsg_auto': { zh: '自动选择投影带', en: 'Zone chosen automatically' },
  'cli.yes': { zh: '是', en: 'yes' },
  'cli.no': { zh: '否', en: 'no' },
};

registerMessages(cliMessages);
