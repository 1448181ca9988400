// The package a compound belongs to, in its panel; clicking it makes the package active and shows the package
// panel (which offers the way back to this compound).
import { Button, Descriptions } from 'antd';
import { t } from '../../../../shared/i18n';
import { registerPackageMessages } from '../../packages/messages';
import { usePackagesUi } from '../../packages/packagesUi';
import { memberOf } from '../../packages/rows';
import { useStore } from '../../state/store';

registerPackageMessages();

export function PackageLink({ compoundId }: { compoundId: string }) {
  const pkg = useStore((s) => {
    const m = memberOf(s, compoundId);
    return m ? s.packages[m.package_id] : undefined;
  });
  const open = () => {
    if (!pkg) return;
    usePackagesUi.setState({ returnTo: compoundId });
    useStore.setState({ activePackageId: pkg.id, selection: [] });
  };
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        {
          key: 'package',
          label: t('pkg.belongsTo'),
          children: pkg ? (
            <Button type="link" size="small" onClick={open} style={{ padding: 0 }} data-testid="compound-package-link">
              {pkg.name}
            </Button>
          ) : (
            <span data-testid="compound-package-none">{t('pkg.none')}</span>
          ),
        },
      ]}
    />
  );
}
