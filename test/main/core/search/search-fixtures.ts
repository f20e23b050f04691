import type { openTempNotebook } from '../../../helpers/temp-notebook';

type Nb = Awaited<ReturnType<typeof openTempNotebook>>;

/** A small notebook in three languages and scripts, with the search's every field and filter covered. */
export async function fillNotebook(nb: Nb) {
  const s = nb.services;
  const cstoNote = await s.notes.create({ title: 'ОДКБ учения', body: 'Учения у таджикско-афганской границы, в районе Хорога.', tags: ['russia', 'border/panj'] });
  const iskpNote = await s.notes.create({
    title: 'ISKP recruitment in Kunduz',
    body: 'Recruiters linked to Daesh were reported near the border crossing at Sherkhan Bandar. Dari sources call them داعش خراسان.',
    tags: ['isis-k'],
    place: { name: 'Kunduz', lat: 36.73, lng: 68.87 },
  });
  const marketNote = await s.notes.create({ title: 'Market prices', body: 'Flour and fuel prices rose after the crossing closed. کتاب‌ها were burned.', tags: ['economy'] });
  const en = await s.sources.importFile({ fileName: 'en.txt', data: Buffer.from('Kabul blast\n\nAn explosion struck the Dasht-e Barchi area of Kabul; the Islamic State claimed it.') });
  const fa = await s.sources.importFile({ fileName: 'fa.txt', data: Buffer.from('انفجار در كابل\n\nدر این رویداد دست‌کم ۴۶ تن كشته شدند. مسئولیت را دولت اسلامی بر عهده گرفت.') });
  const ru = await s.sources.importFile({ fileName: 'ru.txt', data: Buffer.from('Заявление Рахмона\n\nЭмомали Рахмон заявил о переселённых жителях Хорога.') });
  await s.sources.update(en.source.id, { reliability: 'B', credibility: 2, publishedAt: '2021-10-08', outlet: 'Reuters', tags: ['kabul'] });
  await s.sources.update(fa.source.id, { reliability: 'C', credibility: 3, publishedAt: '2021-11-20', outlet: 'طلوع‌نیوز' });
  await s.sources.update(ru.source.id, { reliability: 'E', credibility: 4, publishedAt: '2022-05-16', outlet: 'Азия-Плюс' });
  const bombing = await s.events.create({
    title: 'Mosque bombing in Kunduz',
    description: 'A suicide bomber attacked worshippers at a Shia mosque.',
    date: '2021-10-08',
    datePrecision: 'day',
    location: { name: 'Kunduz', lat: 36.68, lng: 69.11, precision: 'near' },
    eventType: 'Explosions/Remote violence',
    subEventType: 'Suicide bomb',
    actors: ['Islamic State Khorasan Province (ISKP)'],
    tags: ['isis-k'],
  });
  const protest = await s.events.create({
    title: 'Protest in Khorugh',
    description: 'Residents protested against the detention of a local leader.',
    date: '2022-05-14',
    endDate: '2022-05-18',
    datePrecision: 'day',
    location: { name: 'Khorugh', lat: 37.49, lng: 71.55, precision: 'near' },
    eventType: 'Protests',
    subEventType: 'Peaceful protest',
    actors: ['Protesters (Tajikistan)'],
    tags: ['border/panj'],
  });
  return { cstoNote, iskpNote, marketNote, en: en.source, fa: fa.source, ru: ru.source, bombing, protest };
}
