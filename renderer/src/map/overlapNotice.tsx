// The notice for a new compound that overlaps others: it was saved, and one button clips it to its neighbours
// as a second change (so undo can take the clip back alone).
import { type App, Button } from 'antd';
import { errorText, t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Compound } from '../../../shared/model/tables';
import { errorData } from '../api';
import { commit, useStore } from '../state/store';
import { clipChange } from './tools/rules';

/** antd's message and notification from the App context (App.useApp()), so they follow the theme and locale. */
export type MapUi = Pick<ReturnType<typeof App.useApp>, 'message' | 'notification'>;

async function clip(ui: MapUi, id: string, overlappedIds: string[]): Promise<void> {
  const s = useStore.getState();
  const epsg = (s.project?.settings ?? DEFAULT_SETTINGS).metric_epsg;
  const clipped = clipChange(id, overlappedIds, s, epsg, t('map.summary.clip'));
  if (!clipped.ok) {
    void ui.message.error(clipped.reason);
    return;
  }
  try {
    await commit(clipped.change);
  } catch (e) {
    void ui.message.error(errorText(errorData(e)));
  }
}

export function showOverlapNotice(ui: MapUi, saved: Compound, overlapped: Compound[]): void {
  const key = `overlap-${saved.id}`;
  const names = overlapped.map((c) => c.name || t('map.unnamed')).join('、');
  ui.notification.warning({
    key,
    title: t('map.overlap.title'),
    description: t('map.overlap.body', { n: overlapped.length, names }),
    duration: 0,
    actions: (
      <Button
        type="primary"
        size="small"
        onClick={() => {
          ui.notification.destroy(key);
          void clip(
            ui,
            saved.id,
            overlapped.map((c) => c.id),
          );
        }}
      >
        {t('map.overlap.clip')}
      </Button>
    ),
  });
}
