import { describe, expect, it } from 'vitest';
import { formatMapParam, parseMapHash, withMapView } from '../../../../renderer/features/map/view-hash';

describe('#map=ZOOM/LAT/LNG', () => {
  it('parses the OpenStreetMap form, alone or among other parts', () => {
    expect(parseMapHash('#map=7/37.2/68.8')).toEqual({ zoom: 7, lat: 37.2, lng: 68.8 });
    expect(parseMapHash('#note=n_123&map=10/34.53/69.17&x=1')).toEqual({ zoom: 10, lat: 34.53, lng: 69.17 });
    expect(parseMapHash('#map=3/-33.9/-70.66')).toEqual({ zoom: 3, lat: -33.9, lng: -70.66 });
  });

  it('ignores what is not a view', () => {
    for (const bad of ['', '#', '#map=', '#map=7/37.2', '#map=x/1/2', '#map=7/95/10', '#map=7/10/190', '#map=99/1/1', '#mapx=7/1/2', '#map=7/1/2/3']) {
      expect(parseMapHash(bad), bad).toBeUndefined();
    }
  });

  it('writes as many decimals as the zoom resolves, and wraps longitude', () => {
    expect(formatMapParam({ zoom: 3, lat: 43.123456, lng: 58.987654 })).toBe('map=3/43.1/59.0');
    expect(formatMapParam({ zoom: 10, lat: 34.528131, lng: 69.172331 })).toBe('map=10/34.5281/69.1723');
    expect(formatMapParam({ zoom: 4, lat: 65, lng: 190 })).toBe('map=4/65.00/-170.00');
  });

  it('replaces only the map part of the hash, keeping the others in place', () => {
    expect(withMapView('', { zoom: 5, lat: 37.2, lng: 68.8 })).toBe('#map=5/37.20/68.80');
    expect(withMapView('#a=1&map=3/1/2&b=2', { zoom: 5, lat: 37.2, lng: 68.8 })).toBe('#a=1&map=5/37.20/68.80&b=2');
    expect(withMapView('#note=n_1', { zoom: 5, lat: 37.2, lng: 68.8 })).toBe('#note=n_1&map=5/37.20/68.80');
  });

  it('round-trips', () => {
    const view = { zoom: 9, lat: 55.756, lng: 37.617 };
    expect(parseMapHash(withMapView('#x=y', view))).toEqual(view);
  });
});
