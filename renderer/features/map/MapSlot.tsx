/** The map pane's place in the layout; the offline map (Leaflet, Natural Earth) fills it in its own issue. */
export function MapSlot() {
  return (
    <div className="map-slot">
      <p className="muted">The offline map of Kabul, the Tajik–Afghan border and Moscow will appear here.</p>
    </div>
  );
}
