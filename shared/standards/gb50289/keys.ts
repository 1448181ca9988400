import type { Pipeline } from '../../model/tables';

// Mapping a pipeline row to the keys of GB 50289's three tables. The row says type, diameter, gas pressure and
// laying; the standard splits water supply by DN 200, gas by pressure class, power/telecom by laying.

type PipeKeyFields = Pick<Pipeline, 'type' | 'diameter_mm' | 'gas_pressure' | 'laying'>;
type CoverFields = PipeKeyFields & Pick<Pipeline, 'material'>;

/**
 * The pipe key of 表4.1.9 (horizontal clearances). A gas row without a pressure class is taken as low pressure
 * (the usual class inside compounds); power/telecom without a laying as direct buried.
 */
export function standardPipeKey(p: PipeKeyFields): string {
  switch (p.type) {
    case 'water_supply':
      return p.diameter_mm <= 200 ? 'water_supply_le200' : 'water_supply_gt200';
    case 'storm':
    case 'sewer':
      return 'sewer_storm';
    case 'reclaimed':
      return 'reclaimed_water';
    case 'gas':
      return `gas_${p.gas_pressure ?? 'low'}`;
    case 'heating':
      return 'heat_direct_buried';
    case 'power':
      return p.laying === 'conduit' ? 'power_conduit' : 'power_direct_buried';
    case 'telecom':
      return p.laying === 'conduit' ? 'telecom_duct' : 'telecom_direct_buried';
    case 'utility_trench':
      return 'utility_trench';
  }
}

/** The line key of 表4.1.14 (vertical clearances at crossings). */
export function verticalPipeKey(p: PipeKeyFields): string {
  switch (p.type) {
    case 'water_supply':
      return 'water_supply';
    case 'storm':
    case 'sewer':
      return 'sewer_storm';
    case 'reclaimed':
      return 'reclaimed_water';
    case 'gas':
      return 'gas';
    case 'heating':
      return 'heat';
    case 'power':
      return p.laying === 'conduit' ? 'power_conduit' : 'power_direct_buried';
    case 'telecom':
      return p.laying === 'conduit' ? 'telecom_conduit_or_tunnel' : 'telecom_direct_buried';
    case 'utility_trench':
      return 'utility_trench';
  }
}

/** The column of 表4.1.1 (minimum cover). Telecom in a steel conduit has its own column (material says 钢/steel). */
export function coverColumn(p: CoverFields): string {
  switch (p.type) {
    case 'water_supply':
      return 'water_supply';
    case 'storm':
    case 'sewer':
      return 'drainage';
    case 'reclaimed':
      return 'reclaimed_water';
    case 'gas':
      return 'gas';
    case 'heating':
      return 'heat_direct_buried';
    case 'power':
      return p.laying === 'conduit' ? 'power_conduit' : 'power_direct_buried';
    case 'telecom':
      return p.laying === 'conduit' && /钢|steel/i.test(p.material)
        ? 'telecom_steel_conduit'
        : 'telecom_direct_or_plastic_concrete_conduit';
    case 'utility_trench':
      return 'utility_trench';
  }
}

/** §4.1.12 from the surface down: 通信, 电力, 燃气, 热力, 给水, 再生水, 雨水, 污水. Trenches are not ordered (null). */
const VERTICAL_ORDER: Record<Pipeline['type'], number | null> = {
  telecom: 0,
  power: 1,
  gas: 2,
  heating: 3,
  water_supply: 4,
  reclaimed: 5,
  storm: 6,
  sewer: 7,
  utility_trench: null,
};

export const verticalOrderIndex = (type: Pipeline['type']): number | null => VERTICAL_ORDER[type];
