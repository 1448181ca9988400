// The desktop-GIS layout: toolbar on top, layers/legend/journal left, the map in the centre, attributes right,
// the bottom panel (tables, annual plan) under them, status bar at the bottom. Dialogs float above.
import { ExportDialog } from '../exchange/ExportDialog';
import { ImportDialog } from '../exchange/ImportDialog';
import { RightPanel } from '../items/RightPanel';
import { MapView } from '../map/MapView';
import { DossierDialog } from '../report/DossierDialog';
import { MinutesDialog } from '../report/MinutesDialog';
import { ReviewMode } from '../review/ReviewMode';
import { BottomPanel } from '../tables/BottomPanel';
import { FileDialog } from './dialogs/FileDialog';
import { SettingsDialog } from './dialogs/SettingsDialog';
import { ShortcutsDialog } from './help/ShortcutsDialog';
import { LeftPanel } from './panels/LeftPanel';
import { StatusBar } from './panels/StatusBar';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { useStartup } from './useStartup';
import './shell.css';

export function Shell() {
  useStartup();
  useShortcuts();
  return (
    <div className="rz-shell">
      <Toolbar />
      <LeftPanel />
      <main className="rz-map" data-testid="map-area">
        <MapView />
      </main>
      <RightPanel />
      <BottomPanel />
      <StatusBar />
      <SettingsDialog />
      <FileDialog />
      <ExportDialog />
      <DossierDialog />
      <MinutesDialog />
      <ReviewMode />
      <ImportDialog />
      <ShortcutsDialog />
    </div>
  );
}
