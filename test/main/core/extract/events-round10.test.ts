import { describe, expect, it } from 'vitest';
import { events } from './extracted';

describe('where it happened', () => {
  it('a town inside the province the sentence is framed by ("In Laghman, … the Dawlat Shah district compound")', () => {
    const text = 'Kabul, 3 October 2023\n\nIn Laghman, a suicide bomber detonated his vest at the gate of the Dawlat Shah district compound on 26 September, killing six people.';
    expect(events(text, '2023-10-03')).toEqual([['2023-09-26', 'Dowlat Shah', 'Explosions/Remote violence']]);
  });
  it('but not a town that only names one end of a road ("the Kabul–Kandahar highway in Ghazni province")', () => {
    const text = 'Ghazni, 16 March 2022\n\nGunmen ambushed a convoy on the Kabul–Kandahar highway in Ghazni province on Tuesday.';
    expect(events(text, '2022-03-16').map((e) => e[1])).toEqual(['Ghazni']);
  });
  it('a wire dateline under a headline and a byline is the place of a lead that names none', () => {
    const text = 'Miners end walkout\n\nBy THE ASSOCIATED PRESS\n\nRIDDER, Kazakhstan (AP) — Zinc miners in this mountain town signed a pay agreement on Thursday.';
    expect(events(text, '2025-02-21').map((e) => [e[0], e[1]])).toEqual([['2025-02-20', 'Ridder']]);
  });
});

describe('what is and is not told', () => {
  it('a group that "retains the capacity for attacks" is an assessment', () => {
    expect(events('Kabul, 3 October 2023\n\nISKP retains the capacity for mass-casualty attacks in Laghman.', '2023-10-03')).toEqual([]);
  });
  it('Dari: residents who gathered and demanded a road be reopened protested', () => {
    const fa = 'فیض‌آباد، ۱۸ سرطان ۱۴۰۳\n\nروز شنبه صدها تن از باشندگان ولسوالی واخان گردهم آمدند و خواستار بازگشایی شاهراه شدند.';
    expect(events(fa, '2024-07-08').map((e) => [e[0], e[2]])).toEqual([['2024-07-06', 'Protests']]);
  });
});
