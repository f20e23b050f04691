import { liesIn } from './lies-in';
import { DISTANCE_BEFORE, type PlaceMention } from '../places/find-places';

/**
 * Where an event happened, of the places its sentence names: how surely each is the place (after
 * "in", 2; bare, 1; a speaker's town, a home town, a road's end, a destination, 0) and which is best.
 */

const SPECIFICITY: Record<PlaceMention['kind'], number> = { town: 3, 'admin-region': 2, country: 1 };

/** Words before a place that make it where something happened ("in Ghazni province", "در بازار سالخارد"), not a modifier ("the Kabul–Kandahar highway"). */
const LOCATIVE = /(?:\b(?:in|near|at|outside|around|into)|(?:^|\s)(?:в|во|у|под|близ|вблизи|около|на)|(?:^|\s)(?:در|نزدیک|نزدیکی|حومه|حومهٔ|نزدیکی‌های))\s+(?:\p{Lu}\p{L}+['’]s\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:(?:окрестностях|окраине|окрестности|районе|черте)\s+(?:(?:села|посёлка|поселка|города|деревни|аула|кишлака|станицы)\s+)?|the\s+|شهر\s+|ولسوالی\s+|ولایت\s+|(?:بازار|حاشیهٔ|ورودی|مرکز)\s+(?:شهر\s+)?|(?:(?:г|с|пос)\.|пгт\.?)\s*|(?:села|селе|посёлка|поселка|посёлке|поселке|деревни|деревне|города|городе|станицы|станице|аула|ауле|кишлака|кишлаке)\s+)?(?:(?:the\s+)?(?:\p{Lu}\p{L}+\s+|(?:northern|southern|eastern|western)\s+)?(?:exclave|enclave|village|town|city|district|area|outskirts|suburbs?|province|region|edge|entrance|centre|center|heart|gates?)\s+(?:of|to)\s+)?$/iu;
/** Where someone went ("travelled to Faizabad") is where they met; where they came from is not. */
const DESTINATION = /\b(?:travel(?:l)?ed|went|came|arrived|returned|flew|driven|moved|marched|walked|headed|drove)\s+(?:back\s+)?to\s+(?:the\s+)?$|(?:прибыл\S*|приехал\S*|вернул\S*)\s+в\s+$/iu;
// A person's home ("a 41-year-old resident of Aktobe", "житель Актобе", "уроженец Малгобека"); people in the plural ("residents of Kunduz protested") are often where it happened.
export const ORIGIN = /(?:\bfrom|(?<![\p{L}\u200c])(?:باشندهٔ|باشنده‌ی|باشنده|ساکن|اهل)\s+(?:ولایت\s+|شهر\s+|ولسوالی\s+)?$|(?<![\p{L}\u200c])(?<!(?:پیش|پس|بعد|قبل|بیش|بیرون|خارج|دور|یکی|برخی|بعضی)\s)از|\b(?:a |the )?(?:resident|native) of|(?:^|\s)(?:житель|жителя|жителю|жителем|жительница|жительницы|жительницу|жительнице|жительницей|уроженц\p{L}*|уроженк\p{L}*))\s+(?:the\s+)?$/iu;
/**
 * Where the dead and wounded were taken ("transferred to the regional hospital in Sheberghan",
 * "доставлены в Павлодар", "به شفاخانهٔ ولایتی در نیلی منتقل شدند"): not where it happened.
 */
const TAKEN_TO = /\b(?:taken|transferred|transported|rushed|evacuated|brought|moved|admitted|airlifted)\s+to\s+(?:[^.;,]{0,40}?\s+(?:in|at)\s+)?(?:the\s+)?$|(?:^|\s)(?:доставлен\p{L}*|доставил\p{L}*|госпитализирован\p{L}*|эвакуирован\p{L}*|отправлен\p{L}*|перевезен\p{L}*|увезл\p{L}*|увез[её]н\p{L}*|отвезл\p{L}*)\s+(?:[^.;,]{0,40}?\s+)?(?:в|во)\s+$/iu;
const TAKEN_TO_AFTER_DARI = /^\s*(?:\S+\s+){0,1}?(?:منتقل|انتقال)(?![\p{L}\u200c])/u;
/** A road word before one or both of the towns a road is named by. */
const ROAD_ENDS = /(?:\b(?:road|highway|motorway|railway)|(?:^|\s)(?:трасс\p{L}*|дорог\p{L}*|шоссе|автодорог\p{L}*)|(?:^|\s)(?:شاهراه|سرک|جادهٔ?))\s+(?:\p{L}[\p{L}\-‐’']*\s*[–—-]\s*)?$/iu;
/** "officials in Tashkent said": where the speaker is, not where it happened. */
const ATTRIBUTION = /^[\s,]+(?:\S+\s+){0,2}?(?:said|says|told|reported|denied|claimed|did not comment|declined to comment|commented|сообщ\S*|заяв\S*|говор\S*|отверг\S*|گفت\S*|می‌?گوی\S*|گفته\S*|اعلام\S*|ادعا\S*|رد\s+کرد\S*)(?![\p{L}])/iu;
/** "a spokesman in Islamabad", "представитель талибов в провинции Кундуз", "سخنگوی … در کابل": where the speaker is. */
/** Of the speakers SPEAKER_IN names, those who may as well be acting (officials, authorities, a ministry, an embassy). */
const OFFICIALS = /^(?:officials?|authorities|embassy|ministry|официальн\p{L}*|посольств\p{L}*|مقام‌?های?|سفارت)/iu;
const SAYS_AFTER = /\b(?:said|says|told|reported|stated|announced|confirmed|denied|claimed)\b|(?<![\p{L}])(?:сообщ\p{L}*|заяв\p{L}*|говор\p{L}*|отверг\p{L}*)|(?<![\p{L}\u200c])(?:گفت\S*|می‌?گوی\S*|گفته\S*|اعلام\S*)/iu;
const SPEAKER_IN = /(?:\b(?:spokes(?:man|woman|person)|officials?|authorities|representatives?|sources?|correspondents?|embassy|ministry)\b|(?<![\p{L}])(?:представител\p{L}*|источник\p{L}*|официальн\p{L}*|посольств\p{L}*)|(?<![\p{L}\u200c])(?:سخنگو\S*|مقام‌?های?|مسئول(?:ان|ین)?|منابع|سفارت))(?:\s+\S+){0,2}?\s+(?:in|в|во|در)\s+(?:(?:the\s+)?(?:province|city|провинции|городе|ولایت|شهر)\s+(?:of\s+)?)?$/iu;

/** An office's town ("the consulate in Peshawar"): where it sits, not where its people acted. */
const OFFICE_IN = /(?:\b(?:consulate|consulate-general|embassy|mission|office|headquarters)|(?<![\p{L}])(?:консульств\p{L}*|посольств\p{L}*|представительств\p{L}*)|(?<![\p{L}\u200c])(?:قونسلگری|سرکنسولگری|کنسولگری|سفارت|نمایندگی))(?:\s+\S+){0,3}?\s+(?:in|at|в|во|در)\s+$/iu;
/** A verb of will or speech right after a town: the town stands for its government ("as Kyiv tries"). */
const METONYMY_AFTER = /^\s+(?:tries|tried|wants|wanted|says|said|claims|claimed|denies|denied|accuses|accused|insists|insisted|blames|blamed|warns|warned|hopes|hoped|seeks|sought)\b|^\s+(?:заявил\p{L}*|обвинил\p{L}*|обвиняет|считает|настаивает|отрицает|требует|предупредил\p{L}*)(?![\p{L}])/u;
/** People named by where they are ("fighters in Syria"). */
const PEOPLE_IN = /\b(?:fighters|militants|relatives|families|migrants|citizens|nationals|refugees|supporters|networks|diaspora|handlers?|curators?)\s+(?:in|from)\s+(?:the\s+)?$/iu;
/** A name in capitals, as datelines write the town filed from. */
const DATELINE_CAPS = /^[\p{Lu}\s\-‐’']{3,}$/u;
/** Where travellers were heading. */
const HEADING_TO = /(?:\b(?:towards?|on (?:the|their|his|our) way to|heading (?:for|to)|bound for|en route to)|(?:^|\s)(?:в сторону|по направлению к|по пути в|на пути в)|(?:^|\s)(?:به )?(?:طرف|سوی|سمت))\s+(?:the\s+)?$/iu;
/** An end of a road named by its ends ("the Khiva — Urgench highway", "трассу Хива — Ургенч"): not where anything happened. */
export function roadEnd(p: PlaceMention, text: string): boolean {
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  // "Traffic between Quetta and Sindh province was suspended": the ends of a route.
  if (/\b(?:traffic|road|highway|route|trains?|flights?|buses)\s+between\s+(?:\S+\s+and\s+)?$/iu.test(before)) return true;
  return ROAD_ENDS.test(before) && (/^\s*[–—-]\s*\p{L}/u.test(text.slice(p.end, p.end + 4)) || /[–—-]\s*$/u.test(before));
}

/**
 * How surely a place is where something happened: after a locative word or a verb of arriving, 2;
 * bare, 1; the speaker's origin ("elders from Argo") or a possessive ("Kyrgyzstan's Batken region"), 0.
 */
export function locatedness(p: PlaceMention, text: string): number {
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  const speakerBefore = SPEAKER_IN.exec(text.slice(Math.max(0, p.start - 60), p.start));
  // "a spokesman in Islamabad" speaks; "intelligence officials in Asmar detained two journalists" act there: officials are speakers only where a verb of saying follows.
  const speaker = speakerBefore && (!OFFICIALS.test(speakerBefore[0]) || SAYS_AFTER.test(text.slice(p.end, p.end + 80)));
  // "an agreement with the Surkhandarya region", "talks with Kazakhstan": the counterpart, not where.
  if (/(?:\bwith|(?:^|\s)(?:с|со)|(?:^|\s)با)\s+(?:the\s+)?$/iu.test(before)) return 0;
  if (roadEnd(p, text)) return 0;
  // "about 20 km from Bayganin", "в 20 км от Рыбинска": near the town, not where anyone came from.
  if (DISTANCE_BEFORE.test(before)) return 2;
  // Where travellers were heading ("طرف کویته می‌آمدیم", "on the way to Quetta", "в сторону города"): not where it happened.
  if (HEADING_TO.test(before)) return 0;
  const takenTo = TAKEN_TO.test(text.slice(Math.max(0, p.start - 80), p.start)) || TAKEN_TO_AFTER_DARI.test(text.slice(p.end, p.end + 30));
  // A possessive ("Uzbekistan's southern Kashkadarya region"): the mention's own text may end in it.
  if (/^[’']s\b/u.test(text.slice(p.end, p.end + 3)) || /[’']s$/u.test(p.text) || ORIGIN.test(before) || ATTRIBUTION.test(text.slice(p.end, p.end + 40)) || speaker || takenTo) return 0;
  // "a delegation of the consulate in Peshawar met officials in Kohat": where an office is, not where it acted.
  if (OFFICE_IN.test(text.slice(Math.max(0, p.start - 60), p.start))) return 1;
  // "the Prokhladny cell", "the Kasumkent group": a name for people, not where anything happened.
  if (/^\s+(?:cell|group|gang|jamaat|network|branch|militants)\b/iu.test(text.slice(p.end, p.end + 20))) return 0;
  // "as Kyiv tries to cut Moscow's earnings", "Москва заявила": a capital for its government, not a place.
  if (METONYMY_AFTER.test(text.slice(p.end, p.end + 30))) return 0;
  // "Islamic State fighters in Syria", "relatives in Moscow": where people are, not where it happened.
  if (PEOPLE_IN.test(before)) return 1;
  return LOCATIVE.test(before) || DESTINATION.test(before) ? 2 : 1;
}

/** A town named as one end of a road ("the Kabul–Kandahar highway", "трасса Бишкек – Нарын"): not where anything happened. */
const ROUTE_AFTER = /^\s*[–—-]\s*\p{L}|^\s+(?:highway|road|motorway|railway)\b/u;
/** What may stand between a town and the region that says where it is ("Shebekino in the Belgorod region", "Nili, Daykundi province", "بکوای ولایت فراه"). */
const TOWN_IN_REGION = /^[\s,]*(?:(?:(?:district|village|town|city)\s+)?(?:in|of)\s+(?:the\s+)?|(?:district|района|районе)?\s*(?:в|во)?\s*)?$/iu;

/**
 * The place an event happened: one after a locative word first, then the most specific, then the
 * first. A town told with its region after it ("the border town of Shebekino in the Belgorod
 * region") is as surely where it happened as the region is: the region only says where the town is.
 */
export function bestPlace(places: PlaceMention[], text?: string): PlaceMention | undefined {
  const own = new Map(places.map((p) => [p, text ? locatedness(p, text) : 1]));
  const located = (p: PlaceMention): number => {
    // "from Zhanatas in Zhambyl region": a home town stays one, whatever the region's "in" says.
    const region = text && p.kind === 'town' && own.get(p)! >= 1 ? places.find((r) => r.kind === 'admin-region' && r.start >= p.end && r.start - p.end <= 30 && TOWN_IN_REGION.test(text.slice(p.end, r.start))) : undefined;
    // "In Laghman, a suicide bomber … at the gate of the Dawlat Shah district compound": a town told in
    // the province the sentence is framed by is where it happened, as surely as the province; not a
    // dateline's town in capitals ("BISHKEK -- Police in Kyrgyzstan's Jalal-Abad region …").
    const frame = text && p.kind === 'town' && own.get(p)! >= 1 && !DATELINE_CAPS.test(p.text) && !ROUTE_AFTER.test(text.slice(p.end, p.end + 40)) ? places.find((r) => r.kind === 'admin-region' && liesIn(p, r)) : undefined;
    return Math.max(own.get(p)!, region ? own.get(region)! : 0, frame ? own.get(frame)! : 0);
  };
  return [...places].sort((a, b) => located(b) - located(a) || SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || a.start - b.start)[0];
}
