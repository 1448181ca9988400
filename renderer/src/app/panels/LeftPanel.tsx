import { JournalPanel } from './JournalPanel';
import { LayersPanel } from './LayersPanel';
import { Legend } from './Legend';

export function LeftPanel() {
  return (
    <aside className="rz-left" data-testid="left-panel">
      <LayersPanel />
      <Legend />
      <JournalPanel />
    </aside>
  );
}
