// View state of the report dialogs: the dossier dialog (command `report.dossier`) and the minutes dialog, which
// review mode opens for a meeting with `openMinutesDialog(meetingId)`. Commands open them without touching React.
import { create } from 'zustand';
import { separatorOf } from '../app/dialogs/paths';

export const useReportUi = create<{ dossier: boolean; minutesMeetingId: string | null }>(() => ({
  dossier: false,
  minutesMeetingId: null,
}));
export const openDossierDialog = (): void => useReportUi.setState({ dossier: true });
export const closeDossierDialog = (): void => useReportUi.setState({ dossier: false });
export const openMinutesDialog = (meetingId: string): void => useReportUi.setState({ minutesMeetingId: meetingId });
export const closeMinutesDialog = (): void => useReportUi.setState({ minutesMeetingId: null });

const folderOf = (path: string): string => {
  const i = path.lastIndexOf(separatorOf(path));
  return i <= 0 ? '.' : path.slice(0, i);
};

/**
 * Default dossier folder beside the project file.
 * @example defaultDossierFolder('/home/a/片区.gpkg') // → '/home/a/片区-报批材料'
 */
export function defaultDossierFolder(projectPath: string): string {
  const sep = separatorOf(projectPath);
  const name = projectPath.slice(projectPath.lastIndexOf(sep) + 1).replace(/\.gpkg$/i, '');
  return `${folderOf(projectPath)}${sep}${name}-报批材料`;
}

/**
 * Default minutes file beside the project file.
 * @example defaultMinutesPath('/home/a/片区.gpkg', '2026-11-20') // → '/home/a/会议纪要-2026-11-20.pdf'
 */
export function defaultMinutesPath(projectPath: string, heldOn: string): string {
  const sep = separatorOf(projectPath);
  const day = heldOn.slice(0, 10).replace(/[^0-9-]/g, '') || 'meeting';
  return `${folderOf(projectPath)}${sep}会议纪要-${day}.pdf`;
}
