// The annual plan as a bar chart: estimate (万元, left axis) and households (right axis) per plan year. Only the
// ECharts parts used are imported (core, bar, grid, tooltip, legend, canvas) to keep the bundle small.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { AnnualPlanRow } from '../../../shared/analysis/annualPlan';
import { t } from '../../../shared/i18n';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

export function PlanChart({ rows }: { rows: readonly AnnualPlanRow[] }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const estimateName = t('plan.estimate');
    const householdsName = t('plan.households');
    chart.current?.setOption(
      {
        textStyle: { fontFamily: FONT },
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: [estimateName, householdsName], top: 0 },
        grid: { left: 64, right: 64, top: 32, bottom: 28 },
        xAxis: {
          type: 'category',
          data: rows.map((r) => (r.year === 'unplanned' ? t('plan.unplanned') : String(r.year))),
        },
        yAxis: [
          { type: 'value', name: estimateName, nameTextStyle: { align: 'left' } },
          { type: 'value', name: householdsName, nameTextStyle: { align: 'right' }, splitLine: { show: false } },
        ],
        series: [
          {
            name: estimateName,
            type: 'bar',
            yAxisIndex: 0,
            data: rows.map((r) => Math.round(r.estimate_yuan / 100) / 100),
            itemStyle: { color: '#1677ff' },
          },
          {
            name: householdsName,
            type: 'bar',
            yAxisIndex: 1,
            data: rows.map((r) => r.households),
            itemStyle: { color: '#52c41a' },
          },
        ],
      },
      true,
    );
  }, [rows]);

  return <div ref={box} className="rz-plan-chart" data-testid="plan-chart" />;
}
