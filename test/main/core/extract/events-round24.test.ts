import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 24 (issue 7): classes found in the twenty-fourth unseen set (`*-a*`), tested on new sentences.

describe('places', () => {
  it('Iranian and Pakistani towns and provinces in Dari; Zhitikara as Russian writes it', () => {
    expect(placeNames('در شهر ابهر، آمل، نوابشاه و سانگهر')).toEqual(['Abhar', 'Amol', 'Nawabshah', 'Sanghar']);
    expect(placeNames('در استان زنجان، استان مازندران، استان همدان و استان مرکزی')).toEqual(['Zanjan Province', 'Mazandaran Province', 'Hamadan Province', 'Markazi Province']);
    expect(placeNames('Рабочие в Житикаре бастуют.')).toEqual(['Dzhetygara']);
  });
});

describe('what is and is not told', () => {
  it('a labourer and his son beaten, or "were assaulted", is violence against civilians', () => {
    expect(events('On the night of 19 September three men beat an Afghan labourer and his son near Okara.', '2025-09-23')).toEqual([['2025-09-19', 'Okara', 'Violence against civilians']]);
    expect(events('On 19 September two shopkeepers were assaulted in Okara.', '2025-09-23')).toEqual([['2025-09-19', 'Okara', 'Violence against civilians']]);
  });
  it('people who gathered outside the Deputy Commissioner\'s office, or gathered "asking for" something, protest', () => {
    expect(events('On 20 September about 60 Afghan men gathered outside the Deputy Commissioner\'s office in Pakpattan.', '2025-09-23')).toEqual([['2025-09-20', 'Pakpattan', 'Protests']]);
    expect(events('On 20 September about 60 families gathered in Pakpattan asking for more time.', '2025-09-23')).toEqual([['2025-09-20', 'Pakpattan', 'Protests']]);
  });
});
