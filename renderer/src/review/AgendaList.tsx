// The agenda editor: the packages on the agenda in presentation order (drag a row, or use its arrows), then the
// packages left off it (tick to add at the end).
import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { Button, Checkbox } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { useStore } from '../state/store';
import { defaultAgenda, moveItem } from './agenda';

export function AgendaList({ agenda, onChange }: { agenda: string[]; onChange(agenda: string[]): void }) {
  const packages = useStore((s) => s.packages);
  const members = useStore((s) => s.package_members);
  const [dragged, setDragged] = useState<number | null>(null);
  const count = (id: string) => Object.values(members).filter((m) => m.package_id === id).length;
  const off = defaultAgenda(packages).filter((id) => !agenda.includes(id));
  const row = (id: string, i: number | null) => {
    const p = packages[id];
    if (!p) return null;
    const on = i !== null;
    return (
      <li
        key={id}
        className={`rz-rv-agenda-item${dragged === i && on ? ' rz-rv-dragging' : ''}`}
        draggable={on}
        onDragStart={() => setDragged(i)}
        onDragEnd={() => setDragged(null)}
        onDragOver={(e) => on && e.preventDefault()}
        onDrop={() => {
          if (dragged !== null && i !== null) onChange(moveItem(agenda, dragged, i));
          setDragged(null);
        }}
        data-testid={`review-agenda-${p.name}`}
      >
        {on ? <HolderOutlined className="rz-rv-handle" /> : <span className="rz-rv-handle" />}
        <Checkbox
          checked={on}
          onChange={(e) => onChange(e.target.checked ? [...agenda, id] : agenda.filter((x) => x !== id))}
          aria-label={t('review.setup.include')}
        />
        <span className="rz-rv-agenda-no">{on ? i + 1 : ''}</span>
        <span className="rz-rv-agenda-name">{p.name}</span>
        <span className="rz-muted">{t('review.setup.compounds', { n: count(id) })}</span>
        {on ? (
          <span className="rz-rv-agenda-moves">
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={i === 0}
              title={t('review.setup.up')}
              onClick={() => onChange(moveItem(agenda, i, i - 1))}
              data-testid={`review-agenda-up-${p.name}`}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={i === agenda.length - 1}
              title={t('review.setup.down')}
              onClick={() => onChange(moveItem(agenda, i, i + 1))}
              data-testid={`review-agenda-down-${p.name}`}
            />
          </span>
        ) : null}
      </li>
    );
  };
  return (
    <ol className="rz-rv-agenda" data-testid="review-agenda">
      {agenda.map((id, i) => row(id, i))}
      {off.map((id) => row(id, null))}
    </ol>
  );
}
