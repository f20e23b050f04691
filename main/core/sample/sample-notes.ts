import type { NotePlace } from '../../../shared/model';
import type { SampleSourceKey } from './sample-sources';

/** Source ids are generated at import, so a note's body is written once the sources exist. */
export type SourceIds = Readonly<Record<SampleSourceKey, string>>;

export interface SampleNote {
  title: string;
  tags: readonly string[];
  place?: NotePlace;
  body(s: SourceIds): string;
}

/**
 * The sample notebook's notes: Markdown that links ([[Title]], one [[Title|label]], one link to a
 * note not written yet), cites the sources with a locator and an excerpt that occurs in the
 * source's text, and — in "Ishkashim and the Wakhan" — names another note in plain text, so the
 * links panel has an unlinked mention to show. Everything is fictional; the places are real.
 */
export const SAMPLE_NOTES = {
  crossing: {
    title: 'Shir Khan Bandar crossing',
    tags: ['sample', 'border/panj', 'trade', 'kunduz'],
    place: { name: 'Shir Khan Bandar', lat: 37.195, lng: 68.618 },
    body: (s) => `The main road crossing between Kunduz province and Tajikistan's Khatlon region, over the Panj bridge to Panji Poyon. Fuel, flour and building materials move south; tension on the river shows up here first, and then in prices in [[Kunduz security picture|Kunduz]].

## March 2022 closure

- Freight stopped on 11 March and resumed on 14 March [@${s.kunduzReport}, para. 1, "three days after Afghan authorities halted trucks bound for Tajikistan"].
- The trigger was an exchange of fire near Imam Sahib on 9 March; see [[Kunduz security picture]].
- Border commissioners were due to meet in Dushanbe before the end of the month. What came of it is followed in [[Moscow–Dushanbe border cooperation]].

## Open questions

- Who keeps the customs revenue on the Afghan side? The Tajik side belongs in [[Panji Poyon customs post]], not written yet.
- Does every serious incident on the river close the crossing, or only those with Afghan casualties?

**Assessment:** closures are short and used as leverage; expect more after incidents on the river (moderate confidence).
`,
  },

  moscowTrack: {
    title: 'Moscow–Dushanbe border cooperation',
    tags: ['sample', 'russia', 'tajikistan', 'border/panj'],
    place: { name: 'Dushanbe', lat: 38.5598, lng: 68.787 },
    body: (s) => `Moscow treats the Tajik–Afghan border as its own outer line. In this sample a fictional "Interagency Council on the Southern Frontier" speaks for the Russian side. Its statements are graded C3: fairly reliable as a record of what was announced, possibly true as a record of what happened.

## October 2022

- A protocol signed in Moscow on 12 October funds engineering works on the Panj–Khorugh section [@${s.moscowStatement}, п. 1, "подписали протокол о совместном финансировании инженерного оборудования границы"].
- Two nights earlier a drone from the Afghan side was reportedly stopped near Panj by electronic warfare [@${s.moscowStatement}, п. 2, "Аппарат был подавлен средствами радиоэлектронной борьбы"]. No wreckage was shown; treat it as a claim.
- A new outpost near Ishkashim was announced for November [@${s.moscowStatement}, п. 3, "планируется открыть новую пограничную заставу"]. The market closure in [[Ishkashim and the Wakhan]] began that month.

## Threads

- The March 2022 talks in Dushanbe followed the closure of the [[Shir Khan Bandar crossing]].
- Raids on migrant workers in Moscow in February 2023 reach Badakhshan as lost remittances.
`,
  },

  ishkashim: {
    title: 'Ishkashim and the Wakhan',
    tags: ['sample', 'badakhshan', 'gbao', 'humanitarian'],
    place: { name: 'Ishkashim', lat: 36.716, lng: 71.592 },
    body: (s) => `Ishkashim lies on both banks of the Panj: the Afghan district centre in Badakhshan and the Tajik town in Gorno-Badakhshan face each other across a small bridge at the mouth of the Wakhan corridor. Its weekly cross-border market kept both sides supplied.

## Market closure

- The market has been shut since November 2022 [@${s.ishkashimReport}, para. 1, "از ماه عقرب سال گذشته تاکنون بسته مانده است"], about when a new Tajik outpost was announced there; see [[Moscow–Dushanbe border cooperation]].
- Unlike the Shir Khan Bandar crossing, which reopened within days in March 2022, the market has stayed closed for months.
- Traders on the Tajik side held a peaceful rally in Khorugh in January 2023 to ask for it to reopen.
- On 3 May 2023 a quarrel at the bridge between traders and customs officers became a brawl [@${s.ishkashimReport}, para. 2, "دست کم پنج تن زخمی شدند"].
- Workers deported from Russia are coming home through Tajikistan, and the money they sent from Moscow has stopped.

## About the source

A local monitoring network we cannot judge yet: graded F6 until a second source confirms what it reports.
`,
  },

  kunduz: {
    title: 'Kunduz security picture',
    tags: ['sample', 'kunduz', 'assessment'],
    place: { name: 'Kunduz', lat: 36.728, lng: 68.868 },
    body: (s) => `Kunduz is where trouble on the river reaches the road to Kabul. From the sources in this notebook:

- **9 March 2022**: an exchange of fire across the Panj near Imam Sahib [@${s.kunduzReport}, para. 2, "two Afghan border guards were wounded"]. It closed the [[Shir Khan Bandar crossing]] for three days.
- **March 2022**: truck drivers held in Kunduz city during the closure, their families not told where [@${s.kunduzReport}, para. 3, "several drivers had been taken for questioning in Kunduz city"]. Recorded as a forced disappearance until they are accounted for.
- **15 April 2023**: a roadside mine on the Kunduz–Imam Sahib road hit a passenger car [@${s.ishkashimReport}, para. 4, "یک تن کشته و سه تن زخمی شدند"]. No claim of responsibility is known.

## Assessment

Violence near the river is low-level, but it shuts trade quickly, and detentions follow closures. Fuel prices in Kunduz and Kabul are an early sign; the capital is followed in [[Kabul urban incidents]].
`,
  },

  kabul: {
    title: 'Kabul urban incidents',
    tags: ['sample', 'kabul'],
    place: { name: 'Kabul', lat: 34.5253, lng: 69.1783 },
    body: () => `Incidents in the capital that matter beyond it. No source for these is in the notebook yet: they were noted at the time, and the reports should be imported and linked when found.

- **7 September 2021**: a women's rights protest in Shahr-e Naw was broken up. No deaths; injuries not reported.
- **Week of 22 August 2022**: a grenade thrown into the Sarai Shahzada money market injured four people. The money changers there set the afghani's street rate, so an attack on the market is an economic signal as well.

Fuel prices in Kabul rose during the March 2022 closure in the north; see [[Kunduz security picture]].
`,
  },

  // Created last, so that it heads the sidebar's "Recently changed" list.
  about: {
    title: 'About this sample notebook',
    tags: ['sample', 'guide'],
    body: () => `Everything in this notebook is **fictional**, written for Frontier so that a newcomer sees every feature at once. The places are real; the outlets, people, statements and incidents are invented and dated 2021–2023. Every item carries the tag \`sample\`, so you can find all of it — and delete it when you start your own work.

## What to look at

- **Linked notes.** Start with [[Shir Khan Bandar crossing]], then [[Kunduz security picture]], [[Ishkashim and the Wakhan]] and [[Kabul urban incidents]]. A link can show its own label: [[Moscow–Dushanbe border cooperation|the Moscow track]]. Each note's links panel lists its backlinks.
- **A link to a note not written yet** stays in the text and is listed as unresolved: the note on the crossing has one.
- **An unlinked mention.** The note on Ishkashim names another note in plain text without linking it; the links panel of the note it names lists the mention.
- **Graded sources** in three languages: an English news report (B2), a Russian official statement (C3) and a Dari report by a local monitoring network (F6), imported as text files with the original kept and hashed.
- **Citations** name a source, a place in it and a quoted excerpt from its text; the notes on Kunduz and on the Moscow track have several.
- **Events** use ACLED's types and sub-types, with actors, fatalities and injured (blank when not reported) and how exactly the date and place are known. Each has its place in WGS84 coordinates, for the map, and is linked to its sources and notes.
- **Search** works in any script: try \`Пяндж\` or \`اشکاشم\`.
`,
  },
} as const satisfies Record<string, SampleNote>;

export type SampleNoteKey = keyof typeof SAMPLE_NOTES;

/** The note the app opens after loading the sample. */
export const SAMPLE_START_NOTE: SampleNoteKey = 'about';
