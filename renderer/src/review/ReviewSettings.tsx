// Settings of the joint review (in the project settings dialog): the departments invited, in the order of the
// opinion form (add, remove, reorder, back to the default list), and the design unit printed on covers and
// minutes. Saved with its own button as one settings change, apart from the dialog's other fields.
import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { attempt } from '../app/feedback';
import { useLang } from '../i18n';
import { commit, useStore } from '../state/store';
import { moveItem } from './agenda';
import { cleanDepartments, reviewSettingsChange } from './settingsRows';
import './messages';

export function ReviewSettings() {
  useLang((s) => s.lang);
  const feedback = App.useApp();
  const saved = useStore((s) => s.project?.settings ?? null);
  const [departments, setDepartments] = useState<string[]>([]);
  const [designUnit, setDesignUnit] = useState('');
  const [adding, setAdding] = useState('');
  useEffect(() => {
    if (!saved) return;
    setDepartments(saved.review_departments);
    setDesignUnit(saved.design_unit);
  }, [saved]);
  if (!saved) return null;

  const add = () => {
    const name = adding.trim();
    if (!name) return;
    if (departments.includes(name)) {
      feedback.message.warning(t('review.settings.duplicate', { name }));
      return;
    }
    setDepartments(cleanDepartments([...departments, name]));
    setAdding('');
  };
  const save = async () => {
    const change = reviewSettingsChange(saved, departments, designUnit, t('change.review.settings'));
    if (!change) return;
    if (await attempt(feedback, () => commit(change))) feedback.message.success(t('review.settings.saved'));
  };
  return (
    <fieldset className="rz-fieldset" data-testid="settings-review">
      <legend>{t('review.settings.title')}</legend>
      <div style={{ marginBottom: 4 }}>{t('review.settings.departments')}</div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }} data-testid="settings-review-departments">
        {departments.map((d, i) => (
          <Tag key={d} style={{ marginInlineEnd: 0 }}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              disabled={i === 0}
              onClick={() => setDepartments(moveItem(departments, i, i - 1))}
              aria-label={t('review.setup.up')}
            />
            {d}
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              disabled={i === departments.length - 1}
              onClick={() => setDepartments(moveItem(departments, i, i + 1))}
              aria-label={t('review.setup.down')}
            />
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              onClick={() => setDepartments(departments.filter((x) => x !== d))}
              aria-label={t('review.opinion.delete')}
            />
          </Tag>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
        <Input
          value={adding}
          maxLength={50}
          placeholder={t('review.settings.addPlaceholder')}
          onChange={(e) => setAdding(e.target.value)}
          onPressEnter={(e) => {
            e.preventDefault();
            add();
          }}
          style={{ width: 200 }}
          data-testid="settings-review-add-name"
        />
        <Button onClick={add} data-testid="settings-review-add">
          {t('review.settings.add')}
        </Button>
        <Button type="link" onClick={() => setDepartments([...DEFAULT_SETTINGS.review_departments])}>
          {t('review.settings.reset')}
        </Button>
      </div>
      <div style={{ display: 'flex', gap: 6, marginTop: 8, alignItems: 'center' }}>
        <span>{t('review.settings.designUnit')}</span>
        <Input
          value={designUnit}
          maxLength={200}
          onChange={(e) => setDesignUnit(e.target.value)}
          style={{ flex: 1 }}
          data-testid="settings-review-design-unit"
        />
      </div>
      <div style={{ marginTop: 8, textAlign: 'right' }}>
        <Button
          type="primary"
          disabled={reviewSettingsChange(saved, departments, designUnit, '') === null}
          onClick={() => void save()}
          data-testid="settings-review-save"
        >
          {t('review.settings.save')}
        </Button>
      </div>
    </fieldset>
  );
}
