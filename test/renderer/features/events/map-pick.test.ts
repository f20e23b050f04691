import { describe, expect, it } from 'vitest';
import { emptyDraft, withMapPick } from '../../../../renderer/features/events/event-draft';

describe('a point picked on the map fills the event form', () => {
  it('sets latitude and longitude to 5 decimals, and the suggested place name into an empty field', () => {
    const d = withMapPick(emptyDraft(), { lat: 36.7289512, lng: 68.8571234, name: 'Kunduz' });
    expect([d.lat, d.lng, d.placeName]).toEqual(['36.72895', '68.85712', 'Kunduz']);
  });

  it('replaces its own earlier suggestion, never a name the analyst typed', () => {
    const first = withMapPick(emptyDraft(), { lat: 36.7, lng: 68.8, name: 'Kunduz' });
    expect(withMapPick(first, { lat: 37.2, lng: 68.6, name: 'Sherkhan Bandar' }, 'Kunduz').placeName).toBe('Sherkhan Bandar');
    const typed = { ...first, placeName: 'Gozar-e-Sayed Abad mosque' };
    expect(withMapPick(typed, { lat: 36.73, lng: 68.86, name: 'Kunduz' }, 'Kunduz')).toMatchObject({ placeName: 'Gozar-e-Sayed Abad mosque', lat: '36.73', lng: '68.86' });
  });

  it('moves the point without touching the name when none is suggested (a dragged marker)', () => {
    const named = { ...emptyDraft(), placeName: 'Kabul' };
    expect(withMapPick(named, { lat: 34.5, lng: 69.2 })).toMatchObject({ placeName: 'Kabul', lat: '34.5', lng: '69.2' });
  });
});
