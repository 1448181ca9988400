import type { MetricFrame } from '../../geo/crs';
import type { PipeConflict } from '../../model/pipelines';
import type { Building, ClearanceRule, Compound, Pipeline, Tree } from '../../model/tables';
import { makeConflictor } from './conflict';
import { connectionFindings, coverFindings } from './cover-connection';
import { crossingFindings } from './crossings';
import { horizontalFindings } from './horizontal';
import { buildNetwork, indexSegments, type NearMode } from './network';
import { buildingFindings, treeFindings } from './objects';
import { scanPairs } from './pair-scan';
import { makeRuleBook } from './rule-book';

// The pipeline clearance check (GB 50289-2016): pure and deterministic. Conflicts are sorted by rule, then key.
// Every value that decides a result comes from `rules` (the project's table) and carries its grade.

export interface PipeCheckInput {
  pipelines: readonly Pipeline[];
  buildings: readonly Building[];
  trees: readonly Tree[];
  compounds: readonly Compound[];
  packageOf: (compoundId: string) => string | null;
  rules: readonly ClearanceRule[];
  frame: MetricFrame;
}

/** The check with neighbours from spatial indexes ('index'), or from every pair ('all': the naive reference). */
export function checkPipelinesWith(input: PipeCheckInput, mode: NearMode): PipeConflict[] {
  const net = buildNetwork(input.pipelines, input.frame);
  const book = makeRuleBook(input.rules, net.pipes);
  const tree = mode === 'index' ? indexSegments(net) : null;
  const findings = [];
  for (const pair of scanPairs(net, book, tree)) {
    findings.push(...horizontalFindings(net, book, pair), ...crossingFindings(net, book, pair));
  }
  findings.push(
    ...buildingFindings(net.pipes, input.buildings, input.frame, book, mode),
    ...treeFindings(net.pipes, input.trees, input.frame, book, mode),
    ...coverFindings(net.pipes, book),
    ...connectionFindings(net, tree, input.compounds, input.frame),
  );
  const toConflict = makeConflictor(input.compounds, input.frame, input.packageOf);
  return findings.map(toConflict).sort(byRuleThenKey);
}

const byRuleThenKey = (x: PipeConflict, y: PipeConflict): number =>
  x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0;

export const checkPipelines = (input: PipeCheckInput): PipeConflict[] => checkPipelinesWith(input, 'index');
