// The project's own history (journal.list), newest first, refreshed after every confirmed change.
import { useEffect, useState } from 'react';
import type { JournalEntry } from '../../../../shared/api';
import { t } from '../../../../shared/i18n';
import { call } from '../../api';
import { useLang } from '../../i18n';
import { useStore } from '../../state/store';

const LIMIT = 50;

const timeOf = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString(undefined, { hour12: false });
};

export function JournalPanel() {
  useLang((s) => s.lang);
  const revision = useStore((s) => s.revision);
  const hasProject = useStore((s) => s.project !== null);
  const [entries, setEntries] = useState<JournalEntry[]>([]);
  useEffect(() => {
    // `revision` is the trigger: the journal only changes when a change is confirmed or a project is loaded.
    void revision;
    if (!hasProject) {
      setEntries([]);
      return;
    }
    let live = true;
    call('journal.list', { limit: LIMIT })
      .then((list) => {
        if (live) setEntries([...list].sort((a, b) => b.seq - a.seq));
      })
      .catch(() => {
        if (live) setEntries([]);
      });
    return () => {
      live = false;
    };
  }, [revision, hasProject]);
  return (
    <section className="rz-section rz-journal" data-testid="journal">
      <h3>{t('journal.title')}</h3>
      {entries.length === 0 ? <div className="rz-muted">{t('journal.empty')}</div> : null}
      <ol>
        {entries.map((e) => (
          <li key={e.seq} title={`${e.at} · ${e.ops}`}>
            <span className="rz-muted">{timeOf(e.at)}</span>{' '}
            <span className="rz-tag">{t(`journal.origin.${e.origin}`)}</span> {e.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}
