// Placeholder: the map (MapLibre, layers, tools, snapping) is built in renderer/src/map/.
export function MapView() {
  return <div style={{ position: 'absolute', inset: 0 }} />;
}
