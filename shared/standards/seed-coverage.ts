import type { ItemClass } from '../model/funding';

// Where each row of the seeds' content lists lands in the default catalog (renovation-items.ts), so coverage is
// checked by a test rather than by eye. Seed 002 附件4 rows are in the seed's order; a row bundling several works
// maps to several items. Seed 004 二(二) groups: 四治六改 (basic), 十提升 (improvement), 提升类 (upgrade).

export interface SeedRow {
  /** The row or group as the seed words it (abridged). */
  text: string;
  seedClass: ItemClass;
  items: readonly string[];
}

export const SEED_002_ATTACHMENT_4: readonly SeedRow[] = [
  { text: '雨污分流；接驳市政管网；更换窨井盖；清淤、改造化粪池', seedClass: 'basic', items: ['B01', 'B02', 'B03'] },
  { text: '整治翻修破损道路；透水砖、植草砖铺设', seedClass: 'basic', items: ['B04', 'B05'] },
  {
    text: '取消垃圾道房池；配建垃圾收集点；大件、建筑垃圾堆放点；改造收集点、转运站；改造附建公厕',
    seedClass: 'basic',
    items: ['B06', 'B07', 'B08', 'B09', 'B10'],
  },
  {
    text: '供水、供气、供电一户一表；三表出户或智能抄表；安装燃气管道',
    seedClass: 'basic',
    items: ['B11', 'B12', 'B13', 'B14', 'B15'],
  },
  {
    text: '梳理弱电管线、拆除废弃缆线；统一走管；光纤交换箱、分配箱；5G',
    seedClass: 'basic',
    items: ['B16', 'B17', 'B18', 'B19'],
  },
  { text: '清除消防通道障碍物；修缮消防设施；社区消防设备间', seedClass: 'basic', items: ['B20', 'B21', 'B22'] },
  { text: '整修屋面、外墙、楼梯；扶手、栏杆、楼道；楼道灯', seedClass: 'basic', items: ['B23', 'B24', 'B25', 'B26'] },
  { text: '修缮围墙、大门（通透式栏杆）', seedClass: 'basic', items: ['B27', 'B28'] },
  { text: '路灯管线，节能公共照明', seedClass: 'basic', items: ['B29'] },
  { text: '视频监控；智能门禁（楼寓对讲）', seedClass: 'basic', items: ['B30', 'B31'] },
  { text: '拆除违法建筑', seedClass: 'improvement', items: ['I01'] },
  { text: '屋面防水及保温隔热', seedClass: 'improvement', items: ['I02', 'I03'] },
  { text: '更换老旧窗户、阳台门；更换遮阳棚', seedClass: 'improvement', items: ['I04', 'I05'] },
  { text: '规整绿化、补植；拆墙透绿', seedClass: 'improvement', items: ['I06', 'I07'] },
  {
    text: '非机动车停车场、充电；机动车停车场、机械式停车；电动汽车充电桩',
    seedClass: 'improvement',
    items: ['I08', 'I09', 'I10', 'I11', 'I12'],
  },
  { text: '增设电梯', seedClass: 'improvement', items: ['I13'] },
  { text: '入口坡道、台阶；无障碍和适老化设施', seedClass: 'improvement', items: ['I14', 'I15'] },
  { text: '宣传栏；社区文化、特色文化设施', seedClass: 'improvement', items: ['I16', 'I17'] },
  { text: '老年儿童活动场所；健身器材', seedClass: 'improvement', items: ['I18', 'I19'] },
  { text: '信报投递设施（智能信包箱）', seedClass: 'improvement', items: ['I20'] },
  { text: '快递、快餐存放用房；智能快递箱', seedClass: 'improvement', items: ['I21', 'I22'] },
  { text: '物业用房、居民活动室、警务室、党群服务站点', seedClass: 'improvement', items: ['I23', 'I24', 'I25', 'I26'] },
  { text: '社区综合服务站、卫生服务站', seedClass: 'upgrade', items: ['U01', 'U02'] },
  {
    text: '养老、托幼、助餐、家政保洁、便民市场、便利店、邮政快递末端综合服务站',
    seedClass: 'upgrade',
    items: ['U03', 'U04', 'U05', 'U06', 'U07', 'U08', 'U09'],
  },
  { text: '车辆出入口智能识别；小区监控中心', seedClass: 'upgrade', items: ['U10', 'U11'] },
];

export const SEED_004_GROUPS: readonly SeedRow[] = [
  { text: '消防隐患整治', seedClass: 'basic', items: ['B20', 'B21', 'B22'] },
  { text: '环境卫生整治', seedClass: 'basic', items: ['B06', 'B07', 'B08', 'B09', 'B10'] },
  { text: '私搭乱建整治', seedClass: 'basic', items: ['B33'] },
  { text: '房屋隐患整治', seedClass: 'basic', items: ['B23', 'B24', 'B32'] },
  { text: '用电设施改造', seedClass: 'basic', items: ['B13', 'B34'] },
  { text: '弱电管线改造', seedClass: 'basic', items: ['B16', 'B17'] },
  { text: '给排水管网改造', seedClass: 'basic', items: ['B11', 'B35'] },
  { text: '天然气设施改造', seedClass: 'basic', items: ['B12', 'B15', 'B36'] },
  { text: '破损道路及附属设施改造', seedClass: 'basic', items: ['B04', 'B37'] },
  { text: '照明设施改造', seedClass: 'basic', items: ['B26', 'B29'] },
  { text: '绿化景观', seedClass: 'improvement', items: ['I06', 'I07'] },
  { text: '安防设施设备', seedClass: 'improvement', items: ['I27'] },
  { text: '停车管理', seedClass: 'improvement', items: ['I08', 'I09', 'I10', 'I11', 'I12'] },
  { text: '体育健身设施', seedClass: 'improvement', items: ['I18', 'I19'] },
  { text: '建筑物本体环境', seedClass: 'improvement', items: ['I02', 'I03', 'I04', 'I05'] },
  { text: '便民设施', seedClass: 'improvement', items: ['I15', 'I20', 'I21', 'I22'] },
  { text: '文化设施', seedClass: 'improvement', items: ['I16', 'I17'] },
  { text: '加装电梯', seedClass: 'improvement', items: ['I13'] },
  { text: '公共管理用房', seedClass: 'improvement', items: ['I23', 'I24', 'I25', 'I26'] },
  { text: '治理水平', seedClass: 'improvement', items: ['I28'] },
  { text: '社区综合服务设施', seedClass: 'upgrade', items: ['U01'] },
  { text: '卫生服务站等公共卫生设施', seedClass: 'upgrade', items: ['U02'] },
  { text: '幼儿园等教育设施', seedClass: 'upgrade', items: ['U12'] },
  { text: '周界防护等智能感知设施', seedClass: 'upgrade', items: ['U13'] },
  {
    text: '养老、托育、助餐、家政保洁、便民市场、便利店、邮政快递末端综合服务站',
    seedClass: 'upgrade',
    items: ['U03', 'U04', 'U05', 'U06', 'U07', 'U08', 'U09'],
  },
];
