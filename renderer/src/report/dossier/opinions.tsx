import type { DossierOpinion } from '../dossierModel';
import { formatDateZh } from '../format';
import { chunkRows, textLines } from '../paper';
import type { SheetDef } from '../Sheet';
import { type Column, Table } from '../tables';
import { type Ctx, sectionSheets, zh } from './sections';

// The dossier's review opinions.

export function opinionText(o: Pick<DossierOpinion, 'text' | 'conditions'>): string {
  return [o.text, o.conditions ? zh('report.condition', { text: o.conditions }) : ''].filter(Boolean).join('\n');
}

export function opinions({ m, paper }: Ctx): SheetDef[] {
  const cols: Column<DossierOpinion>[] = [
    { title: zh('report.table.department'), width: '16mm', cell: (o) => o.department },
    {
      title: zh('report.table.verdict'),
      width: '22mm',
      cell: (o) => <span className={`rp-verdict-${o.verdict}`}>{zh(`report.verdict.${o.verdict}`)}</span>,
    },
    {
      title: zh('report.table.opinion'),
      cell: (o) => <span style={{ whiteSpace: 'pre-wrap' }}>{opinionText(o)}</span>,
    },
    {
      title: zh('report.table.meeting'),
      width: '30mm',
      cell: (o) => `${o.meetingTitle}\n${formatDateZh(o.recorded_at)}`,
    },
  ];
  if (m.opinions.length === 0) return sectionSheets('opinions', [<p key="none">{zh('report.opinions.none')}</p>]);
  const width = paper.bodyWidthMm - 68;
  return sectionSheets(
    'opinions',
    chunkRows(m.opinions, paper.rowsPerSheet - 2, (o) =>
      Math.max(2, textLines(opinionText(o), width, paper.fontPt)),
    ).map((chunk) => <Table key={chunk[0]?.id ?? 'none'} columns={cols} rows={chunk} rowKey={(o) => o.id} />),
  );
}
