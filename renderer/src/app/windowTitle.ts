// The window title: project name and file, so a designer with several windows knows which is which.
import type { ProjectInfo } from '../../../shared/api';

export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

export function windowTitle(project: Pick<ProjectInfo, 'path' | 'settings'> | null, appName: string): string {
  if (!project) return appName;
  return `${project.settings.project_name} — ${fileName(project.path)} — ${appName}`;
}
