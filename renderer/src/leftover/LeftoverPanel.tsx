// The 存量土地 tab of the bottom panel (issue 4 §2): per compound — or per package — its leftover pieces with area,
// least width, best rectangle and what fits, summed per compound and package. Clicking a piece zooms the map to it
// and outlines it; "保存为图层" writes the pieces into the project's leftover_pieces layer (leftover.write).
import { App, Button, Checkbox, Input, Segmented, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { call } from '../api';
import { useJob } from '../app/useJob';
import { useLang } from '../i18n';
import { zoomToGeometry } from '../map/zoomTo';
import { mirrorChange, useStore } from '../state/store';
import { fitsText, formatArea, formatWidth } from './format';
import { useLeftover } from './leftoverStore';
import { compoundRows, type LeftoverRow, packageNames, packageRows } from './panelRows';
import './messages';

/** Asks for leftover land while mounted; opening the panel shows the layer too (it can be switched off again). */
function useDemand(): void {
  useEffect(() => {
    useStore.setState((s) => (s.layers.leftover ? {} : { layers: { ...s.layers, leftover: true } }));
    useLeftover.setState((s) => ({ demand: s.demand + 1 }));
    return () => useLeftover.setState((s) => ({ demand: s.demand - 1 }));
  }, []);
}

function columns(): TableColumnsType<LeftoverRow> {
  return [
    {
      title: t('leftoverUi.col.compound'),
      key: 'name',
      render: (_, r) =>
        r.kind === 'piece'
          ? t('leftoverUi.piece', { n: r.index ?? 0 })
          : `${r.name}（${t('leftoverUi.pieces', { n: r.pieces })}）`,
    },
    {
      title: t('leftoverUi.col.package'),
      key: 'pkg',
      width: 140,
      render: (_, r) => (r.kind === 'piece' ? '' : (r.packageName ?? '—')),
    },
    {
      title: t('leftoverUi.col.area'),
      key: 'area',
      width: 100,
      align: 'right',
      render: (_, r) => formatArea(r.area_m2),
    },
    {
      title: t('leftoverUi.col.width'),
      key: 'width',
      width: 90,
      align: 'right',
      render: (_, r) => (r.min_width_m === null ? '' : formatWidth(r.min_width_m)),
    },
    { title: t('leftoverUi.col.rect'), key: 'rect', width: 120, align: 'right', render: (_, r) => r.rect ?? '' },
    { title: t('leftoverUi.col.fits'), key: 'fits', render: (_, r) => fitsText(r.fits) },
  ];
}

/** 保存为图层: leftover.write as a job (a large district takes seconds): its percentage on the button, and a cancel. */
function SaveButton() {
  const feedback = App.useApp();
  const job = useJob('leftover-write', 'error.job.cancelled');
  const save = () =>
    job.run(async (jobId) => {
      const res = await call('leftover.write', { jobId });
      if (res) {
        mirrorChange(res.change, res.history);
        const n = res.change.ops.filter((o) => o.op === 'put').length;
        void feedback.message.success(t('leftoverUi.saved', { n }));
      }
    });
  return (
    <>
      <Button size="small" loading={job.busy} onClick={() => void save()} data-testid="leftover-save">
        {job.busy ? t('leftoverUi.saving', { percent: job.percent }) : t('leftoverUi.save')}
      </Button>
      {job.busy ? (
        <Button type="link" size="small" onClick={job.cancel} data-testid="leftover-save-cancel">
          {t('leftoverUi.cancel')}
        </Button>
      ) : null}
    </>
  );
}

/** The running computation's progress with its cancel, or, once the user cancelled, the way to compute again. */
function RunState() {
  const progress = useLeftover((s) => s.progress);
  const halted = useLeftover((s) => s.halted);
  const shown = useLeftover((s) => s.result !== null);
  if (!halted && (!progress || progress.total <= 0)) return null;
  // 取消 halts computing, 重新计算 resumes it: one link that flips `halted`.
  const [text, action, testId] = halted
    ? [t(shown ? 'leftoverUi.haltedStale' : 'leftoverUi.halted'), 'leftoverUi.resume', 'leftover-resume']
    : [
        t('leftoverUi.progress', { done: progress?.done ?? 0, total: progress?.total ?? 0 }),
        'leftoverUi.cancel',
        'leftover-cancel',
      ];
  return (
    <span data-testid={halted ? 'leftover-halted' : 'leftover-progress'}>
      {' '}
      {text}
      <Button type="link" size="small" onClick={() => useLeftover.setState({ halted: !halted })} data-testid={testId}>
        {t(action)}
      </Button>
    </span>
  );
}

export function LeftoverPanel({ height }: { height: number }) {
  useLang((s) => s.lang);
  useDemand();
  const { result, ms, focused, halted } = useLeftover();
  const packages = useStore((s) => s.packages);
  const members = useStore((s) => s.package_members);
  const shown = useStore((s) => s.layers.leftover);
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const [view, setView] = useState<'compounds' | 'packages'>('compounds');
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => {
    if (!result) return [];
    const pkgOf = packageNames(packages, members);
    return view === 'compounds'
      ? compoundRows(result, pkgOf, filter.trim())
      : packageRows(result, pkgOf, t('leftoverUi.noPackage'));
  }, [result, packages, members, view, filter]);
  const pieces = result?.reduce((s, c) => s + c.pieces.length, 0) ?? 0;
  const total = result?.reduce((s, c) => s + c.leftover_m2, 0) ?? 0;
  const focus = (r: LeftoverRow) => {
    if (!r.geometry || !r.pieceId) return;
    useLeftover.setState({ focused: r.pieceId });
    if (!shown) useStore.setState((s) => ({ layers: { ...s.layers, leftover: true } }));
    zoomToGeometry(r.geometry);
  };
  return (
    <div className="rz-leftover-panel" data-testid="leftover-panel">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '4px 8px', flexWrap: 'wrap' }}>
        <Segmented
          size="small"
          value={view}
          onChange={(v) => setView(v as 'compounds' | 'packages')}
          options={[
            { value: 'compounds', label: t('leftoverUi.view.compounds') },
            { value: 'packages', label: t('leftoverUi.view.packages') },
          ]}
        />
        <Input.Search
          size="small"
          allowClear
          placeholder={t('leftoverUi.search')}
          style={{ width: 160 }}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Checkbox
          checked={shown}
          onChange={(e) => useStore.setState((s) => ({ layers: { ...s.layers, leftover: e.target.checked } }))}
          data-testid="leftover-show"
        >
          {t('leftoverUi.showOnMap')}
        </Checkbox>
        <SaveButton />
        <span style={{ color: 'rgba(0,0,0,0.55)', fontSize: 12 }} data-testid="leftover-stats">
          {result
            ? t('leftoverUi.stats', { compounds: result.length, pieces, area: formatArea(total), ms: ms.toFixed(0) })
            : halted
              ? ''
              : t('leftoverUi.computing')}
          <RunState />
          {' · '}
          {t('leftoverUi.settings', { area: settings.leftover_min_area_m2, width: settings.leftover_min_width_m })}
        </span>
      </div>
      <Table<LeftoverRow>
        size="small"
        rowKey="key"
        pagination={false}
        columns={columns()}
        dataSource={rows}
        loading={!result && !halted}
        scroll={{ y: Math.max(60, height - 80) }}
        locale={{ emptyText: t(!result && halted ? 'leftoverUi.halted' : 'leftoverUi.noPieces') }}
        rowClassName={(r) => (r.pieceId && r.pieceId === focused ? 'ant-table-row-selected' : '')}
        onRow={(r) =>
          ({
            onClick: () => focus(r),
            'data-testid': r.kind === 'piece' ? 'leftover-piece-row' : `leftover-${r.kind}-row`,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
