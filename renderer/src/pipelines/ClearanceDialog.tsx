// 净距表: the project's clearance_rules by kind, metres editable (one Change per edit, the row becomes 'local'
// and keeps the original on record), the old-area relaxation quoted from GB 50289, import (replaces the table as
// one Change, or lists every error) and export as CSV / JSON.
import { Alert, App, Button, InputNumber, Modal, Space, Table, type TableColumnsType, Tabs } from 'antd';
import { type ChangeEvent, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { ClearanceRule } from '../../../shared/model/tables';
import table from '../../../shared/standards/gb50289/gb50289-2016.json';
import { attempt } from '../app/feedback';
import { commit, useStore } from '../state/store';
import { ConfidenceTag } from './ConflictTable';
import { downloadClearance } from './clearanceDownload';
import { CLEARANCE_GROUPS, editClearanceChange, groupRules, replaceClearanceTableChange } from './clearanceEdit';
import { parseClearanceFile } from './clearanceFile';
import { usePipelineUi } from './uiState';
import './messages';

/** §4.1.9 and §3.0.2 条文说明: the provisions that let old areas reduce clearances with safety measures. */
const RELAXATION = table.relaxation_and_old_area_provisions.items.filter(
  (i) => i.clause.startsWith('§4.1.9') || i.clause.startsWith('§3.0.2'),
);

function MetresCell({ rule }: { rule: ClearanceRule }) {
  const feedback = App.useApp();
  const [draft, setDraft] = useState<number | null>(rule.metres);
  useEffect(() => setDraft(rule.metres), [rule.metres]);
  const save = () => {
    const change =
      draft === null ? null : editClearanceChange(rule, draft, t('pipes.clr.edit.summary', { id: rule.id, m: draft }));
    if (change) void attempt(feedback, () => commit(change));
    else setDraft(rule.metres);
  };
  return (
    <InputNumber<number>
      size="small"
      min={0}
      max={100}
      step={0.05}
      value={draft}
      onChange={setDraft}
      onBlur={save}
      onPressEnter={save}
      data-testid={`clr-metres-${rule.id}`}
    />
  );
}

const clearanceColumns = (): TableColumnsType<ClearanceRule> => [
  { title: t('pipes.clr.a'), dataIndex: 'a', width: 180 },
  { title: t('pipes.clr.b'), dataIndex: 'b', width: 180 },
  { title: t('pipes.clr.metres'), key: 'metres', width: 110, render: (_, r) => <MetresCell rule={r} /> },
  {
    title: t('pipes.col.confidence'),
    key: 'conf',
    width: 110,
    render: (_, r) => <ConfidenceTag confidence={r.confidence} />,
  },
  { title: t('pipes.clr.source'), dataIndex: 'source' },
];

function useImport(rules: Record<string, ClearanceRule>) {
  const feedback = App.useApp();
  const [errors, setErrors] = useState<string[]>([]);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    const parsed = parseClearanceFile(file.name, await file.text());
    if (!parsed.ok) {
      setErrors(parsed.errors.map((er) => er.message));
      return;
    }
    setErrors([]);
    const n = parsed.rules.length;
    const change = replaceClearanceTableChange(rules, parsed.rules, t('pipes.clr.import.summary', { n }));
    if (change && (await attempt(feedback, () => commit(change))))
      feedback.message.success(t('pipes.clr.import.done', { n }));
  };
  return { errors, onFile, clearErrors: () => setErrors([]) };
}

export function ClearanceDialog() {
  const open = usePipelineUi((s) => s.clearanceOpen);
  const rules = useStore((s) => s.clearance_rules);
  const groups = useMemo(() => groupRules(rules), [rules]);
  const { errors, onFile, clearErrors } = useImport(rules);
  const fileInput = useRef<HTMLInputElement>(null);
  const close = () => {
    clearErrors();
    usePipelineUi.setState({ clearanceOpen: false });
  };
  return (
    <Modal open={open} title={t('pipes.clr.title')} width={1000} footer={null} onCancel={close} destroyOnHidden>
      <div data-testid="clearance-dialog">
        <Alert
          type="info"
          showIcon
          title={t('pipes.clr.banner.title')}
          description={RELAXATION.map((i) => (
            <div key={i.clause}>
              GB 50289-2016 {i.clause}：{i.text}
            </div>
          ))}
          style={{ marginBottom: 8 }}
        />
        <Space style={{ marginBottom: 8 }}>
          <Button size="small" onClick={() => fileInput.current?.click()} data-testid="clr-import">
            {t('pipes.clr.import')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            style={{ display: 'none' }}
            onChange={(e) => void onFile(e)}
            data-testid="clr-import-input"
          />
          <Button size="small" onClick={() => downloadClearance(rules, 'csv')} data-testid="clr-export-csv">
            {t('pipes.clr.exportCsv')}
          </Button>
          <Button size="small" onClick={() => downloadClearance(rules, 'json')} data-testid="clr-export-json">
            {t('pipes.clr.exportJson')}
          </Button>
        </Space>
        {errors.length > 0 && (
          <Alert
            type="error"
            title={t('pipes.clr.import.errors')}
            description={errors.slice(0, 50).map((e) => <div key={e}>{e}</div>)}
            data-testid="clr-import-errors"
            style={{ marginBottom: 8 }}
          />
        )}
        {Object.keys(rules).length === 0 ? (
          <div>{t('pipes.clr.empty')}</div>
        ) : (
          <Tabs
            size="small"
            items={CLEARANCE_GROUPS.map((g) => ({
              key: g,
              label: `${t(`pipes.clr.group.${g}`)} (${groups[g].length})`,
              children: (
                <Table<ClearanceRule>
                  size="small"
                  rowKey="id"
                  columns={clearanceColumns()}
                  dataSource={groups[g]}
                  pagination={false}
                  virtual
                  scroll={{ y: 420 }}
                />
              ),
            }))}
          />
        )}
      </div>
    </Modal>
  );
}
