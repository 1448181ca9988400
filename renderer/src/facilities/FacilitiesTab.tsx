// The right panel's 设施库 tab: the live checks of what is being placed above the catalog to place from.
import { CatalogPanel } from './CatalogPanel';
import { CheckPanel } from './CheckPanel';

export function FacilitiesTab() {
  return (
    <div data-testid="facilities-tab">
      <CheckPanel />
      <CatalogPanel />
    </div>
  );
}
