import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';

const names = (text: string) => findPlaces(text, placeIndex()).map((p) => p.name);

describe('district names that are also ordinary words or names', () => {
  it('are not places without a cue: a surname, a film, a ship', () => {
    expect(names('Minister Kang said the talks were useful.')).toEqual([]);
    expect(names('Argo won the award that year, the critic wrote.')).toEqual([]);
    expect(names('Dand, the engineer, wrote the report.')).toEqual([]);
  });
  it('are places where the text says so: in X, X district, the X area', () => {
    expect(names('Gunmen attacked a checkpoint in Kang on Friday.')).toEqual(['Kang']);
    expect(names('Clashes were reported in the Argo area of Badakhshan.')).toEqual(['Argo', 'Badakhshan']);
    expect(names('Police patrolled Dand district overnight.')).toEqual(['Dand']);
  });
});
