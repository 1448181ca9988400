// Placeholder shell: replaced by the app shell (toolbar, panels, dialogs) — see renderer/src/app/.
import { MapView } from './map/MapView';

export function App() {
  return <MapView />;
}
