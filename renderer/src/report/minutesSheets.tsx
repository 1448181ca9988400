import { t } from '../../../shared/i18n/index';
import { REVIEW_VERDICTS } from '../../../shared/model/tables';
import { opinionText } from './dossier/opinions';
import { formatDateZh } from './format';
import type { MinutesModel } from './minutesModel';
import { chunkRows, type Paper, textLines } from './paper';
import type { SheetDef } from './Sheet';
import { KeyValues } from './tables';

// The minutes (会议纪要) of one joint-review meeting: title, date, place, attendees, then per package in agenda
// order every department's verdict, opinion and conditions, a summary of the verdicts and signature lines.

const zh = (key: string, params?: Record<string, string | number>) => t(key, params, 'zh');

type Block = { key: string; lines: number; node: React.ReactNode };

export function minutesSheets(m: MinutesModel, paper: Paper): SheetDef[] {
  const total = REVIEW_VERDICTS.reduce((n, v) => n + m.counts[v], 0);
  const width = paper.bodyWidthMm;
  const blocks: Block[] = [];
  blocks.push({
    key: 'head',
    lines: 9 + Math.ceil(m.attendees.length / 4),
    node: (
      <>
        <h1 style={{ textAlign: 'center' }}>
          {m.title || m.projectName} {zh('report.minutes.title')}
        </h1>
        <KeyValues
          pairs={[
            [zh('report.minutes.meeting'), m.title],
            [zh('report.minutes.date'), formatDateZh(m.heldOn)],
            [zh('report.minutes.location'), m.location || '—'],
            [zh('report.dossier.project'), m.projectName],
          ]}
        />
        <p>
          <b>{zh('report.minutes.attendees')}：</b>
          {m.attendees.map((a) => (a.name ? `${a.department}（${a.name}）` : a.department)).join('、') || '—'}
        </p>
        <h2>{zh('report.minutes.agenda')}</h2>
      </>
    ),
  });
  m.packages.forEach((p, i) => {
    blocks.push({ key: `p:${p.id}`, lines: 2, node: <h3>{`${i + 1}. ${p.name}`}</h3> });
    if (p.opinions.length === 0)
      blocks.push({ key: `n:${p.id}`, lines: 1, node: <p>{zh('report.minutes.noOpinions')}</p> });
    for (const o of p.opinions) {
      const text = opinionText(o);
      blocks.push({
        key: `o:${o.id}`,
        lines: textLines(`${o.department}：${text}`, width, paper.fontPt) + 0.5,
        node: (
          <p style={{ whiteSpace: 'pre-wrap' }}>
            <b>{o.department}</b>（
            <span className={`rp-verdict-${o.verdict}`}>{zh(`report.verdict.${o.verdict}`)}</span>）：
            {text || '—'}
          </p>
        ),
      });
    }
  });
  blocks.push({
    key: 'summary',
    lines: 4 + m.packages.length,
    node: (
      <>
        <h2>{zh('report.minutes.summary')}</h2>
        <p>{zh('report.minutes.counts', { total, ...m.counts })}</p>
        {m.packages.map((p) => (
          <p key={p.id}>{zh('report.minutes.packageLine', { name: p.name, ...p.counts })}</p>
        ))}
      </>
    ),
  });
  if (m.notes)
    blocks.push({
      key: 'notes',
      lines: 2 + textLines(m.notes, width, paper.fontPt),
      node: (
        <>
          <h3>{zh('report.minutes.notes')}</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</p>
        </>
      ),
    });
  blocks.push({
    key: 'signs',
    lines: 4 + Math.ceil(Math.max(m.attendees.length, 2) / 2) * 2,
    node: (
      <>
        <h2>{zh('report.minutes.signatures')}</h2>
        <div className="rp-signs">
          {(m.attendees.length > 0 ? m.attendees : [{ department: '', name: '' }]).map((a) => (
            <div key={`${a.department}:${a.name}`}>
              {a.department} {zh('report.minutes.sign')}
              <span style={{ marginLeft: '28mm' }}>{zh('report.minutes.signDate')}</span>
            </div>
          ))}
          <div>{zh('report.minutes.recorder')}</div>
        </div>
      </>
    ),
  });
  // Lines of body text that fit a sheet: the row budget is for table rows, which are a little taller.
  const budget = paper.rowsPerSheet + 6;
  return chunkRows(blocks, budget, (b) => Math.ceil(b.lines)).map((chunk, i) => ({
    key: `minutes:${i}`,
    running: zh('report.minutes.title'),
    body: chunk.map((b) => <div key={b.key}>{b.node}</div>),
  }));
}
