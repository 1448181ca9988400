import { useEffect, useState } from 'react';
import type { FeatureSet } from '../../../shared/api';
import { errorText, t } from '../../../shared/i18n/index';
import '../../../shared/i18n/report';
import { PAPER_SIZES, type PaperSize } from '../../../shared/model/report';
import type { ProjectSettings } from '../../../shared/model/settings';
import { api, BackendError } from '../api';
import type { DossierImages } from './dossier/sections';
import { dossierModel } from './dossierModel';
import { dossierSheets } from './dossierSheets';
import { createMapPrinter, type MapSpec } from './mapImage';
import { dossierMapSpecs } from './mapSpecs';
import { minutesModel } from './minutesModel';
import { minutesSheets } from './minutesSheets';
import { paperOf } from './paper';
import type { ReportRoute } from './route';
import { type SheetDef, Sheets } from './Sheet';
import './report.css';

// The report pages (`#report/dossier?package=…&paper=A4`, `#report/minutes?meeting=…&paper=A4`), opened by the
// printers (electron/backend/report) in a browser of their own. The page reads the open project through the usual
// contract, draws the map images one after another, renders every sheet, then sets `window.__reportReady` after the
// fonts are in and a frame has been painted; on failure it sets `window.__reportError` with the reason.

declare global {
  interface Window {
    __reportReady?: boolean;
    __reportError?: string;
  }
}

const zh = (key: string, params?: Record<string, string | number>) => t(key, params, 'zh');

class ReportFailure extends Error {}

async function loadProject(): Promise<{ rows: FeatureSet; settings: ProjectSettings }> {
  const project = await api['project.current']({});
  if (!project) throw new ReportFailure(zh('report.error.noProject'));
  return { rows: await api['features.load']({}), settings: project.settings };
}

async function buildSheets(route: ReportRoute): Promise<{ sheets: SheetDef[]; header: string; paper: PaperSize }> {
  const raw = route.params.get('paper');
  const size: PaperSize = PAPER_SIZES.find((p) => p === raw) ?? 'A4';
  const paper = paperOf(size);
  const { rows, settings } = await loadProject();
  if (route.kind === 'minutes') {
    const id = route.params.get('meeting') ?? '';
    const model = minutesModel(rows, settings, id);
    if (!model) throw new ReportFailure(zh('report.error.noMeeting', { id }));
    return { sheets: minutesSheets(model, paper), header: `${model.projectName} · ${model.title}`, paper: size };
  }
  const id = route.params.get('package') ?? '';
  const checked = await api['pipelines.check']({});
  const model = dossierModel(rows, settings, id, checked);
  if (!model) throw new ReportFailure(zh('report.error.noPackage', { id }));
  const specs = dossierMapSpecs(rows, id, paper);
  const printer = await createMapPrinter(specs.data, specs.lat, specs.location);
  const draw = async (spec: MapSpec) => {
    try {
      return await printer.draw(spec);
    } catch (error) {
      throw new ReportFailure(
        zh('report.error.map', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  let images: DossierImages;
  try {
    images = { location: await draw(specs.location), package: await draw(specs.package), compounds: new Map() };
    for (const [compoundId, spec] of specs.compounds) images.compounds.set(compoundId, await draw(spec));
  } finally {
    printer.dispose();
  }
  return {
    sheets: dossierSheets(model, paper, images, new Date()),
    header: `${model.projectName} · ${model.pkg.name} · ${zh('report.dossier.title')}`,
    paper: size,
  };
}

export function ReportRoot({ route }: { route: ReportRoute }) {
  const [state, setState] = useState<
    { sheets: SheetDef[]; header: string; paper: PaperSize } | { error: string } | null
  >(null);

  useEffect(() => {
    document.title = zh(route.kind === 'dossier' ? 'report.dossier.title' : 'report.minutes.title');
    buildSheets(route).then(setState, (error: unknown) => {
      const message =
        error instanceof BackendError
          ? errorText(error.data, 'zh')
          : error instanceof Error
            ? error.message
            : String(error);
      setState({ error: message });
      window.__reportError = message;
    });
  }, [route]);

  useEffect(() => {
    if (!state || 'error' in state) return;
    // Printing waits for the CJK font and one painted frame, so the PDF never catches a half-laid-out page.
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          window.__reportReady = true;
        }),
      ),
    );
  }, [state]);

  if (!state) return <div className="rp-report" />;
  if ('error' in state) return <div className="rp-report">{state.error}</div>;
  const paper = paperOf(state.paper);
  return (
    <div className="rp-report">
      <style>{`html, body, #root { height: auto !important; overflow: visible !important; margin: 0; } @page { size: ${state.paper} portrait; margin: 0; }`}</style>
      <Sheets paper={paper} sheets={state.sheets} header={state.header} />
    </div>
  );
}
