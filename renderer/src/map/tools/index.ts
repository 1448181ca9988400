// One tool per store.tool id. The host is built by the map controller; tools never see the map or the store.
import { placementPort } from '../../facilities/placementPort';
import { openSectionAt } from '../../pipelines/uiState';
import type { ToolId } from '../../state/types';
import { createCrossSectionTool } from './crossSection';
import { createDrawPipelineTool, createDrawTreeTool } from './drawPipeline';
import { createDrawTool } from './drawPolygon';
import { createDrawRoadTool } from './drawRoad';
import { createDrawSiteAreaTool } from './drawSiteArea';
import { createEditAnyVerticesTool } from './editLineVertices';
import { createEditPackageTool } from './editPackage';
import { createEditVerticesTool } from './editVertices';
import { createMeasureTool } from './measure';
import { createMoveTool } from './move';
import { createPlaceFacilityTool } from './placeFacility';
import { createSelectTool } from './select';
import type { Tool, ToolHost } from './types';

export function createTool(id: ToolId, host: ToolHost): Tool {
  switch (id) {
    case 'select':
      return createSelectTool(host);
    case 'drawCompound':
      return createDrawTool(host, 'compounds');
    case 'drawBuilding':
      return createDrawTool(host, 'buildings');
    case 'editVertices':
      return createEditAnyVerticesTool(host, createEditVerticesTool(host));
    case 'move':
      return createMoveTool(host);
    case 'measureDistance':
      return createMeasureTool(host, 'distance');
    case 'measureArea':
      return createMeasureTool(host, 'area');
    case 'editPackage':
      return createEditPackageTool(host);
    case 'drawPipeline':
      return createDrawPipelineTool(host);
    case 'drawTree':
      return createDrawTreeTool(host);
    case 'crossSection':
      return createCrossSectionTool(host, openSectionAt);
    case 'drawRoad':
      return createDrawRoadTool(host);
    case 'drawSiteArea':
      return createDrawSiteAreaTool(host);
    case 'placeFacility':
      return createPlaceFacilityTool(host, placementPort());
  }
}
