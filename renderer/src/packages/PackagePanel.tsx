// The right panel for the active package (shown when a package is active and nothing is selected): a "片区"
// header with the way back to the compound it was opened from, the package's fields, plan warnings, actions,
// totals and members, and the package's estimate and funding split (items/PackageEstimate).
import { Alert, Button, Tag } from 'antd';
import { useMemo } from 'react';
import { packagePlanIssues } from '../../../shared/analysis/planRules';
import { t } from '../../../shared/i18n';
import { useLang } from '../i18n';
import { IndicatorCard } from '../indicators/IndicatorCard';
import { PackageEstimate } from '../items/PackageEstimate';
import { useStore } from '../state/store';
import { registerPackageMessages } from './messages';
import { PackageActions } from './PackageActions';
import { PackageFields } from './PackageFields';
import { PackageSummary } from './PackageSummary';
import { usePackagesUi } from './packagesUi';
import { memberCompounds } from './rows';
import './packages.css';

registerPackageMessages();

function Header({ name }: { name: string }) {
  const returnTo = usePackagesUi((s) => s.returnTo);
  const back = useStore((s) => (returnTo ? s.compounds[returnTo] : undefined));
  return (
    <h3 className="rz-pkg-header">
      <Tag color="volcano">{t('pkg.kind')}</Tag>
      <span data-testid="pkg-name-title">{name}</span>
      <span className="rz-spacer" />
      {back ? (
        <Button
          size="small"
          type="link"
          onClick={() => {
            usePackagesUi.setState({ returnTo: null });
            useStore.setState({ selection: [{ table: 'compounds', id: back.id }] });
          }}
          data-testid="pkg-back"
        >
          {t('pkg.back')}
        </Button>
      ) : null}
      <Button size="small" type="text" onClick={() => useStore.setState({ activePackageId: null })}>
        {t('pkg.close')}
      </Button>
    </h3>
  );
}

export function PackagePanel({ packageId }: { packageId: string }) {
  useLang((s) => s.lang);
  const pkg = useStore((s) => s.packages[packageId]);
  const compounds = useStore((s) => s.compounds);
  const memberRows = useStore((s) => s.package_members);
  const members = useMemo(
    () => memberCompounds({ compounds, packages: {}, package_members: memberRows }, packageId),
    [compounds, memberRows, packageId],
  );
  if (!pkg) return null;
  const issues = packagePlanIssues(pkg, new Date().getFullYear());
  return (
    <div data-testid="package-panel" data-package-id={pkg.id}>
      <Header name={pkg.name} />
      <PackageFields pkg={pkg} />
      {issues.map((w) => (
        <Alert
          key={w.key}
          type={w.severity === 'error' ? 'error' : 'warning'}
          showIcon
          title={t(w.key, w.params)}
          className="rz-pkg-warning"
          data-testid="pkg-plan-issue"
        />
      ))}
      <PackageActions pkg={pkg} memberCount={members.length} />
      <PackageSummary packageId={pkg.id} members={members} />
      <IndicatorCard compoundIds={members.map((m) => m.id)} />
      <PackageEstimate packageId={pkg.id} />
    </div>
  );
}
