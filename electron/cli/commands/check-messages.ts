// Messages of `renozone check` (both languages for every key).
import type { Catalog } from '../../../shared/i18n/index';

export const checkMessages: Catalog = {
  'cli.check.usage': {
    zh: 'check pipelines|facilities <文件.gpkg> [--json]',
    en: 'check pipelines|facilities <file.gpkg> [--json]',
  },
  'cli.check.summary': {
    zh: '检查管线净距（GB 50289-2016）并列出全部冲突，或按所在位置检查已布置的设施（--json 输出机器可读格式）',
    en: 'check pipeline clearances (GB 50289-2016) and list every conflict, or check placed facilities where they stand (--json for machines)',
  },
  'cli.check.what': {
    zh: '只能检查 pipelines 或 facilities（收到：{what}）',
    en: 'only "pipelines" or "facilities" can be checked (got: {what})',
  },
  'cli.check.fac.none': { zh: '项目中尚未布置设施。', en: 'The project has no placed facilities.' },
  'cli.check.fac.head': { zh: '{name}（{type}）· {compound}：', en: '{name} ({type}) · {compound}: ' },
  'cli.check.fac.noCompound': { zh: '不在任何小区内', en: 'in no compound' },
  'cli.check.fac.ok': { zh: '✓ 全部通过', en: '✓ all passed' },
  'cli.check.fac.failing': { zh: '✗ {n} 项不满足', en: '✗ {n} failing' },
  'cli.check.fac.total': {
    zh: '共 {count} 个设施，{failing} 个有不满足项',
    en: '{count} facilities, {failing} failing a check',
  },
  'cli.check.head': {
    zh: '规则|管线 A|管线 B|实测|要求|条文|可信度|位置',
    en: 'Rule|Pipe A|Pipe B|Measured|Required|Clause|Confidence|Location',
  },
  'cli.check.unverified': { zh: '（C级，未核实）', en: ' (grade C, unverified)' },
  'cli.check.accepted': { zh: '已接受：{note}', en: 'accepted: {note}' },
  'cli.check.total': {
    zh: '共 {count} 处冲突（{segments} 段管线，用时 {ms} 毫秒）',
    en: '{count} conflicts ({segments} pipe segments, {ms} ms)',
  },
  'cli.check.none': {
    zh: '未发现冲突（{segments} 段管线，用时 {ms} 毫秒）',
    en: 'No conflicts ({segments} pipe segments, {ms} ms)',
  },
  'cli.check.rule.horizontal_pipe': { zh: '管线水平净距', en: 'Pipe–pipe horizontal' },
  'cli.check.rule.horizontal_building': { zh: '距建筑物基础', en: 'To building foundation' },
  'cli.check.rule.horizontal_tree': { zh: '距乔木', en: 'To tree' },
  'cli.check.rule.vertical_crossing': { zh: '交叉垂直净距', en: 'Vertical at crossing' },
  'cli.check.rule.vertical_order': { zh: '交叉竖向顺序', en: 'Vertical order at crossing' },
  'cli.check.rule.stacked_parallel': { zh: '平行重叠敷设', en: 'Stacked parallel' },
  'cli.check.rule.cover_depth': { zh: '覆土深度不足', en: 'Cover too shallow' },
  'cli.check.rule.under_building': { zh: '穿越建筑物', en: 'Under a building' },
  'cli.check.rule.no_main_connection': { zh: '未接入市政主管', en: 'Not connected to a main' },
  'cli.check.type.water_supply': { zh: '给水', en: 'water' },
  'cli.check.type.storm': { zh: '雨水', en: 'storm' },
  'cli.check.type.sewer': { zh: '污水', en: 'sewer' },
  'cli.check.type.reclaimed': { zh: '再生水', en: 'reclaimed' },
  'cli.check.type.gas': { zh: '燃气', en: 'gas' },
  'cli.check.type.heating': { zh: '热力', en: 'heating' },
  'cli.check.type.power': { zh: '电力', en: 'power' },
  'cli.check.type.telecom': { zh: '通信', en: 'telecom' },
  'cli.check.type.utility_trench': { zh: '管沟', en: 'utility trench' },
  'cli.check.type.building': { zh: '建筑', en: 'building' },
  'cli.check.type.tree': { zh: '树木', en: 'tree' },
};
