// The 断面 modal: opened by the cross-section tool at a clicked point (usePipelineUi.sectionAt), recomputed from
// the mirrored rows so an edit while it is open redraws it.
import { Modal } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../shared/i18n';
import { metricFrame } from '../map/tools/rules';
import { useStore } from '../state/store';
import { SCALE_DENOMINATOR, SectionSvg } from './SectionSvg';
import { SECTION_LENGTH_M } from './section';
import { buildSectionView } from './sectionView';
import { usePipelineUi } from './uiState';
import './messages';

export function SectionModal() {
  const at = usePipelineUi((s) => s.sectionAt);
  const pipelines = useStore((s) => s.pipelines);
  const rules = useStore((s) => s.clearance_rules);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? null);
  const view = useMemo(
    () => (at && epsg !== null ? buildSectionView(at, Object.values(pipelines), rules, metricFrame(epsg)) : null),
    [at, pipelines, rules, epsg],
  );
  return (
    <Modal
      open={at !== null}
      title={t('pipes.sec.title')}
      width={SECTION_LENGTH_M * 40 + 120}
      footer={null}
      onCancel={() => usePipelineUi.setState({ sectionAt: null })}
      destroyOnHidden
      // Opened from a map click while the map may still be repainting: no zoom-in animation to stall behind it.
      transitionName=""
      maskTransitionName=""
    >
      <div data-testid="section-modal" style={{ overflowX: 'auto' }}>
        {view ? (
          <>
            <div style={{ marginBottom: 6, color: '#595959' }}>
              {t('pipes.sec.crossings', { n: view.crossings.length })} ·{' '}
              {t('pipes.sec.scale', { n: SCALE_DENOMINATOR })}
            </div>
            <SectionSvg view={view} lengthM={SECTION_LENGTH_M} />
          </>
        ) : (
          <div>{t('pipes.sec.none')}</div>
        )}
      </div>
    </Modal>
  );
}
