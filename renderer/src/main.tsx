import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseReportRoute } from './report/route';
import { AudienceApp } from './review/AudienceApp';
import { AUDIENCE_HASH } from './review/sync';

const root = document.getElementById('root');
// A printer opens the app at a report route (renderer/src/report): render that page alone, loaded on demand.
const report = parseReportRoute(location.hash);
if (root && report) {
  void import('./report/ReportRoot').then(({ ReportRoot }) => createRoot(root).render(<ReportRoot route={report} />));
}
// The review mode's audience window is the same app opened with #review-audience (review/sync.ts).
else if (root) createRoot(root).render(location.hash === AUDIENCE_HASH ? <AudienceApp /> : <App />);
