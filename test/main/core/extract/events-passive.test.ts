import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../main/core/extract/extract-text';

const events = (text: string, reference: string) => extractFromText(text, reference).events.map((e) => `${e.date} ${e.eventType}/${e.subEventType}`);

describe('border closures told in the passive', () => {
  it('finds a crossing that "was closed" with its place in between, in English and Russian', () => {
    expect(events('NAVOI, 4 March 2024. The railway crossing near Uchkuduk was closed to freight on Saturday.', '2024-03-04')).toEqual(['2024-03-02 Strategic developments/Other']);
    expect(events('ОШ, 4 марта 2024 г. В субботу пункт пропуска Дустлик был закрыт для грузовиков.', '2024-03-04')).toEqual(['2024-03-02 Strategic developments/Other']);
  });
  it('does not take fire opened at a checkpoint for a closure or reopening', () => {
    expect(events('ОШ, 4 марта 2024 г. В субботу по КПП Дустлик был открыт огонь с сопредельной стороны.', '2024-03-04').filter((e) => e.endsWith('/Other'))).toEqual([]);
  });
});
