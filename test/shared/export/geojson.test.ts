import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { eventsToGeoJson } from '../../../shared/export';
import { EVENTS, SOURCES, SRC_EN } from '../../fixtures/dossier/items';

describe('GeoJSON export', () => {
  it('is a valid RFC 7946 FeatureCollection of points, longitude first', () => {
    const text = JSON.stringify(eventsToGeoJson(EVENTS, SOURCES));
    const fc = check(text) as unknown as { type: string; features: Array<{ geometry: { coordinates: number[] }; properties: Record<string, unknown> }> };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(3);
    expect(fc.features[0]!.geometry.coordinates).toEqual([68.92, 37.183]);
    expect(fc.features[0]!.properties).toMatchObject({ eventType: 'Battles', fatalities: 2, sources: [{ id: SRC_EN, outlet: 'Northern Corridor Monitor', grade: 'B2' }] });
    expect(fc.features[1]!.properties).toMatchObject({ fatalities: null, endDate: null });
  });

  it('is valid when empty', () => {
    expect(() => check(JSON.stringify(eventsToGeoJson([], [])))).not.toThrow();
  });
});
