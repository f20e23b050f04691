import type { AcledEventType } from '../../../../shared/geo/acled';

/** What a sentence reports, in ACLED's terms. */
export interface Trigger {
  kind: 'attack' | 'clash' | 'riot' | 'closure' | 'arrest' | 'meeting' | 'statement' | 'agreement' | 'protest' | 'takeover' | 'abduction' | 'exercise' | 'seizure';
  eventType: AcledEventType;
  subEventType: string;
  /** English, Russian and Dari words that report it. */
  pattern: RegExp;
  /** A statement is an event only when a named actor makes it ("officials said" is reporting). */
  needsActor?: boolean;
}

/** Words standing alone: Arabic and Cyrillic letters are not word characters for \b, and ماین/مین also sit inside longer words (همین). */
const fa = (...words: string[]) => `(?<![\\p{L}\\u200c])(?:${words.join('|')})(?![\\p{L}\\u200c])`;
const END = '(?![\\p{L}])';
const p = (...parts: string[]) => new RegExp(parts.join('|'), 'giu');

const t = (kind: Trigger['kind'], eventType: AcledEventType, subEventType: string, pattern: RegExp, needsActor = false): Trigger => ({ kind, eventType, subEventType, pattern, needsActor });

/** Weapons and explosives, as the object of a seizure ("seized an IED", "изъято СВУ"). */
const WEAPON_EN = String.raw`(?:IEDs?|bombs?|explosives?|explosive devices?|(?:land)?mines?|weapons|arms|ammunition|rifles?|pistols?|shotguns?|guns|firearms|cartridges|drugs|narcotics|hashish|heroin|opium|methamphetamine|rockets?|grenades?|suicide vests?|drones?|missiles?)`;
const WEAPON_RU = String.raw`(?:оружи|взрыв|боеприпас|патрон|автомат|пистолет|обрез|гашиш|героин|наркотик|опи[йу]|карабин|ружь|ружей|винтовк|гранат|СВУ|бомб|мин[аыу]|беспилотник|дрон|ракет)`;

/**
 * In order of precedence: a sentence with a suicide bombing that also mentions a clash is coded as
 * the bombing, as ACLED codes the most specific thing that happened. Patterns are global: each of
 * their matches is tried in turn, and one that the words around it disqualify (a planned attack, a
 * seized bomb: see `disqualified`) is passed over.
 */
export const TRIGGERS: readonly Trigger[] = [
  t('attack', 'Explosions/Remote violence', 'Suicide bomb', p(String.raw`\bsuicide (?:bomb(?:er|ing|s)?|attack(?:er)?s?|blast)`, String.raw`\bsuicide[- ]vest`, 'смертник', fa('انتحاری', 'حمله انتحاری'))),
  t(
    'attack', 'Explosions/Remote violence', 'Air/drone strike',
    p(String.raw`\b(?:air|drone)[- ]?strikes?\b`, String.raw`\bairstrikes?\b`, String.raw`\bbombed from the air`, String.raw`\bdrones? (?:attack(?:ed|s)?|struck|hit)\b`, String.raw`\bdrone attack`, 'авиаудар', String.raw`удар(?:ы|ом)? (?:беспилотник|авиаци)`, String.raw`беспилотник\S*(?:\s+\S+){0,2}\s+атаковал`, String.raw`(?:беспилотн\S* (?:летательн\S* )?аппарат\S*|БПЛА)(?:\s+\S+){0,2}\s+(?:атаковал|ударил|попал)\S*`, String.raw`атак\S* беспилотник`, String.raw`\bdrones? (?:crashed|fell) (?:on|into)\b`, String.raw`беспилотник\S*(?:\s+\S+){0,2}\s+(?:упал|рухнул|врезал)\S*`, 'бомбардировк', fa('حمله هوایی', 'حملات هوایی', 'پهپاد(?:ی|ها|‌ها)?', 'بمباران')),
  ),
  t('attack', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', p(String.raw`\bshell(?:ing|ed)\b`, String.raw`\b(?:a|an artillery|a mortar|the) shell (?:landed|hit|struck|fell|exploded)\b`, String.raw`\bshells (?:landed|hit|struck|fell|exploded)\b`, String.raw`снаряд\S*(?:\s+\S+){0,2}\s+(?:упал|попал|разорвал|прилетел)\S*`, String.raw`گلوله(?:ٔ|ه‌های|های)? توپ`, String.raw`\brockets?\b(?![-\s]propelled)`, String.raw`\bmortars?\b`, String.raw`\bartillery\b`, String.raw`\bmissiles?\b`, 'обстрел', 'ракет', 'миномет', 'миномёт', 'артиллер', fa('راکت(?:ی|ها|‌ها)?', 'خمپاره(?:‌ها|ها)?', 'توپخانه', 'موشک(?:ی|ها|‌ها)?'))),
  // A rocket-propelled grenade is a firefight's weapon, not a grenade attack (ACLED: armed clash).
  t('attack', 'Explosions/Remote violence', 'Grenade', p(String.raw`(?<!rocket[-\s]propelled\s)\bgrenades?\b`, 'гранат', fa('نارنجک', 'بمب دستی'))),
  t(
    'attack', 'Explosions/Remote violence', 'Remote explosive/landmine/IED',
    p(String.raw`\broadside bomb`, String.raw`\bIEDs?\b`, String.raw`\blandmines?\b`, String.raw`\bmagnetic bomb`, String.raw`\bsticky bomb`, String.raw`\b(?:bomb|explosion|blast|explosive device)s?\b`, String.raw`\bexploded\b`, String.raw`\bdetonated\b`, String.raw`\bblew up\b`, 'взрыв', 'СВУ', String.raw`самодельн\S* взрывн`, `(?<![\\p{L}])мин(?:а|у|ой|е)${END}`, fa('انفجار', 'انفجاری', 'ماین', 'بمب کنار جاده(?:‌ای)?', 'مین', 'منفجر')),
  ),
  t(
    'takeover', 'Battles', 'Non-state actor overtakes territory',
    p(String.raw`\b(?:captured|seized|overran|took control of|taken control of|fell to)\b(?:(?!\b${WEAPON_EN}\b)[^.]){0,40}\b(?:district|town|city|village|crossing|post|centre|center|base)`, String.raw`захватил\S*`, String.raw`взял\S* под контроль`, String.raw`перешл\S* под контроль`, fa('سقوط', 'سقوط کرد', 'تصرف'), String.raw`کنترل\s+\S+\s+را به دست گرفت`),
  ),
  // Protesters who clash with the police riot (ACLED: violent demonstration); they fight no armed group.
  t(
    'riot', 'Riots', 'Violent demonstration',
    p(
      String.raw`\b(?:protesters|demonstrators|rioters|marchers)\b[^.;]{0,60}?\bclash(?:ed|es)?\b`, String.raw`\bclash(?:ed|es)?\b[^.;]{0,40}?\b(?:protesters|demonstrators|rioters|marchers)\b`,
      String.raw`(?<![\p{L}])(?:протестующ|митингующ|демонстрант)\p{L}*[^.;]{0,60}?(?:столкнул|столкновени|стычк)\p{L}*`, String.raw`(?:столкновени|стычк)\p{L}*[^.;]{0,40}?(?<![\p{L}])(?:протестующ|митингующ|демонстрант)\p{L}*`,
      String.raw`(?<![\p{L}\u200c])(?:معترضان|معترضین|تظاهرکنندگان)[^.]{0,60}?درگیر`, String.raw`درگیری[^.]{0,40}?(?<![\p{L}\u200c])(?:معترضان|معترضین|تظاهرکنندگان)`,
    ),
  ),
  // Villagers who clash over land or water fight with stones and sticks (ACLED: mob violence), not arms.
  t('riot', 'Riots', 'Mob violence', p(String.raw`\bclash(?:ed|es)?\s+over\s+(?:\S+\s+)?(?:land|grazing|pastures?|water|irrigation|plots?|boundar\w+)\b`)),
  t(
    'clash', 'Battles', 'Armed clash',
    p(String.raw`\bclash(?:ed|es)?\b`, String.raw`\bfighting\b`, String.raw`\bfought\b`, String.raw`\bgun ?fights?\b`, String.raw`\bshoot-?outs?\b`, String.raw`\bexchange(?:d)? (?:of )?(?:heavy |intense |sporadic |small-arms |mortar |artillery |automatic )?(?:gun)?fire\b`, String.raw`\bfirefights?\b`, String.raw`\bcame under (?:heavy |sustained )?(?:gun)?fire\b`, String.raw`\b(?:heavy|sustained|intense|exchanges? of) gunfire\b`, String.raw`\bgunfire (?:erupted|broke out)\b`, String.raw`\bbattle(?:d|s)?\b`, String.raw`\bambush(?:ed)?\b`, String.raw`\bopened fire on (?:the |an? )?(?:security|police|border|army|soldiers|guards|troops|checkpoint|post)`,
      // "fired from a passing car at a traffic police post", "stormed a police post", "killed in a counter-terrorism operation".
      String.raw`\bfired\b[^.;]{0,40}?\b(?:at|on) (?:a |the )?(?:\S+ ){0,3}?(?:post|checkpoint|patrol|police|policemen|soldiers|troops|convoy|guards)\b`, String.raw`\bstorm(?:ed|ing)\b[^.;]{0,40}?\b(?:post|checkpoint|outpost|base|camp|police station|barracks|prison|jail)\b`, String.raw`\bkilled (?:in|during) (?:a |an |the )?(?:counter-?terrorism|counter-?terrorist|security|special|CTO) operation\b`, 'столкновени', `(?<![\\p{L}])бо(?:й|и|ев|ях|ю)${END}`, 'перестрелк', String.raw`открыл\S* (?:огонь|стрельбу) по (?:\S+\s+){0,2}?(?:патрул|полицейск|сотрудник|наряд|экипаж|пост\S*|блокпост|военн|пограничн|инспектор)`, String.raw`ответн\S* огонь`, String.raw`(?<![\p{L}])по (?:\S+\s+)?(?:наряд|патрул|пост|сотрудник|полицейск|военн|пограничник)\S*[^.]{0,120}?(?:был\s+)?открыт\S* (?:огонь|стрельб\S*)`, String.raw`(?:наряд|патруль|пограничник\S*|сотрудник\S*)\s+(?:\S+\s+)?применил\S* (?:табельное )?оружие`, String.raw`вооруж\S* стычк`, String.raw`оказал\S* вооруж\S* сопротивлени`, 'нейтрализован', fa('درگیری', 'درگیری‌ها', 'درگیر شدند', 'درگیر شد', 'کمین گرفتند', 'کمین گرفته', 'به کمین', 'جنگ میان', 'جنگ بین', 'جنگیدند', 'نبرد', 'تیراندازی')),
  ),
  t(
    'riot', 'Riots', 'Mob violence',
    p(String.raw`\b(?:mass )?brawls?\b`, String.raw`\bmob (?:attack(?:ed)?|violence)\b`, String.raw`\bfought with (?:sticks|stones|knives)\b`, String.raw`\b(?:turned into|broke out into) a (?:mass |street )?(?:fight|brawl)\b`, String.raw`\b(?:a|the) (?:mass |street )?fight (?:broke out|erupted|started)\b`, String.raw`\b(?:a |the )?(?:mass |street )?(?:fight|brawl)s? between (?:\S+ ){0,4}?(?:workers|crews|groups|residents|villagers|families|clans|tribes|fans|students|youths|traders|drivers|gangs|locals|migrants|neighbours|neighbors)\b`, String.raw`\b(?:mass|street) fights?\b`, String.raw`\bsmashed (?:the )?windows\b`, String.raw`(?:массов\S* )?драк(?:а|у|и|ой|е)${END}`, String.raw`поножовщин`, String.raw`(?:^|\s)подрал(?:ись|ся|ась)${END}`, String.raw`(?:^|\s)сцепил(?:ись|ся|ась)${END}`,
      // "threw stones and bottles at police", "stone-throwing", "забросали камнями", "сошлись две группы", "в ход пошли палки".
      String.raw`\b(?:threw|throwing|hurled|hurling|pelted|pelting)\b[^.;]{0,30}\b(?:stones|rocks|bottles)\b`, String.raw`\bstone-?throwing\b`, String.raw`\b(?:by )?a crowd of (?:\S+ ){0,3}?(?:people|men|residents|villagers)\b[^.;]{0,40}?\b(?:looted|unloaded|plundered|seized|stormed|ransacked)\b`, String.raw`\b(?:looted|plundered|ransacked)\b`, String.raw`(?:забросал\p{L}*|закидал\p{L}*|бросал\p{L}*)\s+(?:\S+\s+){0,2}?(?:камн|бутылк)\p{L}*`, String.raw`сошл(?:ись|ось)\s+(?:\S+\s+){0,2}?(?:групп|компани|толп)\p{L}*`, String.raw`сошл(?:ись|ось)\s+(?:около|более|до|свыше)\s+(?:\S+\s+){1,2}?человек`, String.raw`выясня\S* отношения\s+(?:\S+\s+){0,3}?(?:с помощью|с применением)\s+(?:\S+\s+)?(?:бит|нож|палок|арматур|камн|кулак)\S*`, String.raw`(?:в ход пошли|пустили в ход)\s+(?:\S+\s+){0,2}?(?:палки|ножи|биты|арматур|камни|монтировк)\p{L}*`, String.raw`(?<![\p{L}\u200c])سنگ‌?(?:پرانی|باران)`, String.raw`(?<![\p{L}\u200c])سنگ\s+(?:پرتاب\s+کرد|انداخت)(?:ند)?(?![\p{L}\u200c])`, 'потасовк', String.raw`\bscuffle(?:d|s)?\b`, String.raw`беспорядк(?:и|ов|ах)${END}`, fa('نزاع', 'نزاع مسلحانه', 'دعوا', 'زد و خورد', 'به جان هم افتادند', 'جنگ شد', 'جنگ کردند')),
  ),
  t('abduction', 'Violence against civilians', 'Abduction/forced disappearance', p(String.raw`\babduct(?:ed|ion|s)?\b`, String.raw`\bkidnapp(?:ed|ing)\b`, String.raw`\bforcibly disappeared\b`, String.raw`\b(?:took|taken|led) away (?:\S+\s+){0,3}?(?:passengers?|men|women|people|civilians|workers|villagers|teachers?|students?|drivers?|soldiers)\b`, String.raw`\b(?:was|were) taken from (?:his|her|their|the) (?:homes?|houses?|car|vehicle|bus|office|shop)\b(?=[^.;]{0,80}\bby (?:armed|unknown|unidentified|masked|gunmen)\b)`, String.raw`\b(?:was|were) (?:stopped and )?(?:taken|led|driven) away\b`, 'похищ', 'похитил', String.raw`увез\S* в неизвестном направлении`, String.raw`забрал\S* (?:\S+ ){0,2}(?:из|от) (?:дома|квартиры)(?=[^.]{0,80}(?:вооруж|неизвестн|люди в (?:форме|масках)))`, fa('ربود', 'ربودند', 'ربوده', 'ربودن', 'اختطاف', 'با خود بردند', 'با خود برده شدند', 'با خود برده شد'))),
  t('arrest', 'Strategic developments', 'Arrests', p(String.raw`\barrest(?:ed|s)?\b`,
  // "plain-clothes officers took the two bloggers … from their homes": taken by the police is an arrest.
  String.raw`\b(?:officers|police(?:men)?|agents|security (?:forces|officers|services))\b[^.;]{0,40}?\btook\b[^.;]{0,90}?\bfrom (?:their|his|her) (?:homes?|houses?|flats?)\b`,
  String.raw`\btook (?:them|him|her|the \S+)\s+to (?:the\s+)?(?:\S+\s+){0,2}?police (?:station|department|headquarters)\b`,
  // "nine were taken away in police vans": taken by the police.
  String.raw`\btaken away (?:\S+ ){0,2}in police (?:vans?|cars?|vehicles?|trucks?)\b`,
  // "милиция забрала троих парней": taken by the police is an arrest (taken by armed men, an abduction).
  String.raw`(?<![\p{L}])(?:полици|милици|силовик|сотрудник\S* (?:полиции|милиции|ГКНБ|ФСБ|ОВД|МВД|ДКНБ|СНБ))\S*\s+(?:\S+\s+){0,3}?забрал\S*`, String.raw`(?<![\p{L}\u200c])(?:پولیس|پلیس|ماموران|مأموران|نیروهای امنیتی)(?![\p{L}\u200c])[^.؟!]{0,150}?\sرا(?:،[^.؟!،]{0,40}،)?\s+با خود برد(?:ند)?(?![\p{L}\u200c])`, String.raw`\bdetain(?:ed|s)?\b`, String.raw`\btaken into custody\b`, 'задержан', 'задержал', 'арестован', 'арестовал', fa('بازداشت', 'بازداشت‌?شد(?:ند|ه)?', 'دستگیر', 'دستگیری', 'گرفتار کردند', 'گرفتار شد', 'گرفتار شدند'),
  // "پولیس … ۱۷ دکاندار افغان را گرفت": the police took them.
  String.raw`(?:پولیس|ماموران|مأموران|نیروهای امنیتی)(?:\s+\S+){1,30}?\s+را\s+(?:گرفت|با خود برد)(?:ند)?(?![\p{L}\u200c])`,
  // "نزدیک به ۳۰ نفر را سوار موترها کردند" after the police came: rounded up.
  String.raw`(?:نفر|تن|کارگر|مهاجر)\S*\s+(?:\S+\s+)?را\s+سوار\s+موتر\S*\s+(?:\S+\s+)?کرد(?:ند)?(?![\p{L}\u200c])`)),
  t(
    'seizure', 'Strategic developments', 'Disrupted weapons use',
    p(String.raw`\b(?:seized|confiscated|found|discovered|recovered|defused|dismantled|intercepted|shot down)\b[^.]{0,40}\b${WEAPON_EN}\b`, String.raw`\b${WEAPON_EN}\b[^.;]{0,40}?\b(?:was|were|had been|have been) (?:found|seized|discovered|recovered|confiscated|defused)\b`, String.raw`(?:изъя|нашли|обнаруж|найден)\S*[^.]{0,80}${WEAPON_RU}`, String.raw`обезвре\S*[^.]{0,40}(?:взрыв|СВУ|бомб)`,
      // Contraband and fuel impounded ("задержана партия дизельного топлива", "топливо задержано").
      String.raw`(?:изъя|задержа|конфиск)\S*[^.]{0,40}(?:топлив|контрабанд|сигарет)`, String.raw`(?:топлив|контрабанд|груз)\S*[^.]{0,20}(?:задержан|изъят|конфискован)\S*`, String.raw`перехвач\S*[^.]{0,40}(?:беспилотник|дрон|ракет)`, String.raw`(?:беспилотник|дрон|ракет)\S*[^.]{0,40}(?:перехвачен|сбит)`, fa('کشف و ضبط', 'ضبط کردند', 'خنثی کردند', 'خنثی ساختند', 'خنثی شد')),
  ),
  t('attack', 'Violence against civilians', 'Attack', p(String.raw`\battack(?:ed|s)?\b`, String.raw`\bshot dead\b`, String.raw`\bshot and (?:killed|wounded|injured)\b`, String.raw`\bgunned down\b`, String.raw`\bkilled\b[^.]{0,30}\bcivilians?\b`, String.raw`\bexecuted\b`, String.raw`\bmassacre`,
    // "three men beat one of the organisers", "was beaten", "избили активиста", "لت و کوب کردند".
    String.raw`\b(?:beat|beaten)\s+(?:up\s+)?(?:\S+\s+){0,5}?(?:him|her|them|man|men|woman|women|boys?|girls?|sons?|children|journalists?|activists?|bloggers?|organi[sz]ers?|teachers?|students?|residents?|workers?|labou?rers?|drivers?|protesters?|villagers?|migrants?|refugees?|shopkeepers?|traders?)\b`, String.raw`\b(?:was|were|had been) (?:severely |badly )?(?:beaten|assaulted)\b`, String.raw`(?<![\p{L}])избил\p{L}*`, String.raw`(?<![\p{L}\u200c])لت[\s\u200c]*و[\s\u200c]*کوب`, String.raw`(?<![\p{L}\u200c])ضرب[\s\u200c]*و[\s\u200c]*شتم`, String.raw`\bdied in (?:police )?custody\b`, String.raw`\bopened fire on (?:\S+ ){0,3}(?:customers|passers-by|civilians|people|worshippers|guests|migrants|villagers|porters|kolbars|shepherds|farmers|fishermen|passengers|traders|smugglers|families|men|women|boys|children|youths|boats?|vessels?|cars?|vehicles?|trucks?|lorr(?:y|ies)|minibus(?:es)?|pick-?ups?|jeeps?|motorcycles?|motorbikes?|tankers?)\b(?<!\barmed (?:men|women|boys|youths))`, String.raw`(?<![\p{L}])стрельб[аеуы]${END}`, String.raw`открыл\S* (?:огонь|стрельбу) по (?:посетител|прохож|жител|людям|мигрант)`, String.raw`\bdied in a police (?:station|cell)\b`, String.raw`\bfired (?:on|at) (?:the |a |an )?(?:\S+ ){0,2}(?:ambulance|vehicle|car|bus|house|home|clinic|school|shop|people|civilians|crowd|passers-by)\b`, String.raw`умер\S* в (?:отделе|отделении|изоляторе)`, String.raw`(?<![\p{L}])(?:ударил\p{L}*|ранил\p{L}*|пырнул\p{L}*)\s+(?:\S+\s+){0,2}?(?:нож|монтировк|бит[аоуы]|молотк|арматур|палк|камн)\p{L}*`, String.raw`(?<![\p{L}])(?:зарезал\p{L}*|заколол\p{L}*)(?![\p{L}])`, String.raw`(?<![\p{L}])ранил[аи]?(?![\p{L}])`, String.raw`\b(?:threatened|held up|robbed)\b[^.;]{0,40}?\bwith (?:a |an )?(?:\S+ )?(?:rifle|gun|pistol|knife|shotgun|weapon)s?\b`, String.raw`\bat (?:gun|knife)point\b`, String.raw`(?<![\p{L}])угрожая (?:ему |ей |им )?(?:нож|пистолет|оружи|обрез)\p{L}*`, String.raw`\bstabbed\b`, 'напал', 'нападени', 'атак', 'расстрел', String.raw`убит\S* мирн`, fa('حمله', 'حملات', 'حمله‌ای', 'کشتار', 'هدف گلوله', 'هدف گلوله قرار گرفت', 'هدف گلوله قرار گرفتند', 'به شهادت رسید', 'به شهادت رسیدند', 'به شهادت رساندند', 'آتش گشود', 'آتش گشودند', 'آتش گشوده', 'شلیک کرد', 'شلیک کردند', 'تیرباران', 'کشتند', 'به قتل رساندند', 'به قتل رسید', 'به قتل رسیدند', 'به ضرب گلوله', 'به رگبار بست', 'به رگبار بستند', 'به رگبار بسته شد'))),
  t(
    'protest', 'Protests', 'Peaceful protest',
    p(
      String.raw`\bprotest(?:ed|ers|s)?\b`, String.raw`\bdemonstrat(?:ion|ions|ors|ed)\b`, String.raw`\brall(?:y|ied)\b`, String.raw`\bsit-in\b`,
      // Told without the word: people gathered and demanded.
      String.raw`\b(?:gathered|assembled|took to the streets|marched)\b(?=[^.]{0,150}\b(?:demand\w*|call(?:ed|ing) for|ask(?:ed|ing)? for|to ask for|chant\w*|against|(?:show|express)(?:ed|ing)? (?:their )?support|in (?:support|solidarity))\b)`,
      // Residents who block a road to demand something protest ("blocked the Bishkek–Naryn highway, demanding …").
      String.raw`\bblock(?:ed|ing) (?:the |a )?(?:\S+ ){0,3}(?:road|highway|street|bridge|motorway)\b(?=[^.]{0,150}\b(?:demand\w*|protest\w*|against|call(?:ed|ing) for|saying|complain\w*)\b)`,
      // "перекрыли проезжую часть, выражая недовольство", "перекрыли трассу, требуя …".
      String.raw`(?:выража\S*|выразил\S*) недовольств\S*`, String.raw`перекрыл\S*(?:\s+\S+){0,4}?\s+(?:дорог|трасс|улиц|проезж|движени)\S*(?=[^.]{0,150}(?:требова|требуя|недовольств|протест|против))`,
      String.raw`\bprotesting\b`,
      // A road blocked by anyone but the police or troops is blocked in protest ("женщины перекрыли дорогу", "villagers blocked the highway").
      String.raw`(?<!(?:полиц|милиц|ГАИ|ДПС|силовик|военн|власт|МЧС)\S*\s+(?:\S+\s+)?)перекрыл(?:и|а)(?:\s+\S+){0,4}?\s+(?:дорог|трасс|улиц|проезж|мост)\S*`,
      String.raw`(?<!\b(?:police|troops|soldiers|authorities|officers|forces|army|Taliban)\b[^.;]{0,20})\bblocked (?:the |a )?(?:\S+ ){0,3}(?:road|highway|street|bridge|motorway)\b`,
      // The dead laid on the road until someone answers: "جنازه را بر سر سرک گذاشتند", "placed the bodies on the highway".
      String.raw`(?<![\p{L}\u200c])(?:جنازه|جسد|اجساد|جنازه‌ها)(?:\s+\S+){0,6}?\s+(?:بر سر|سر|به|در|روی)\s+(?:\S+\s+)?(?:سرک|جاده|شاهراه)`,
      String.raw`\b(?:placed|laid|put|left)\s+(?:the\s+)?(?:bod(?:y|ies)|coffins?)\s+(?:\S+\s+){0,3}?on (?:the\s+)?(?:\S+\s+)?(?:road|highway|street)`,
      // "gather with placards outside the mine office", "стоят у здания акимата — против сноса", "вышли к акимату".
      String.raw`\b(?:gather\w*|stand\w*|stood|march\w*|came out)\s+with (?:placards|banners|posters)\b`,
      String.raw`(?:стоят|стояли|стоит)\s+(?:\S+\s+){0,3}?у (?:здания|акимат|администрац|мэрии|хокимият|хукумат|прокуратур|суда)\S*(?=[^.]{0,150}(?:требова|требуя|против|в поддержку))`,
      String.raw`вышл\S* к (?:зданию |здани\S* )?(?:акимат|администрац|мэрии|хокимият|хукумат|прокуратур|суд|райисполком|айыл окмот)\S*`,
      'митинг', 'протест', 'демонстрац', String.raw`пикет\S*`, String.raw`(?:собрал(?:ись|ось|ась)|вышли на улиц\S*)(?=[^.]{0,150}(?:требова|требуя|против|в поддержку))`,
      String.raw`(?<![\p{L}\u200c])(?:گرد (?:هم )?آمد(?:ند|ه)|جمع شد(?:ند|ه))(?=[^.]{0,150}(?:خواستار|علیه|اعتراض))`,
      fa('اعتراض', 'اعتراضی', 'اعتراضات', 'معترضان', 'معترضین', 'تظاهرات', 'راهپیمایی', 'تجمع', 'تجمع کردند', 'تجمع کرده', 'گرد هم آمدند', 'تحصن', 'تحصن کردند', 'اعتصاب', 'اعتصاب کردند', 'دست از کار کشیدند', 'دست از کار کشید', 'دست از کار کشیده‌اند', 'کار را متوقف کردند', 'کار را متوقف کرده‌اند'),
      // Strikes and sit-ins, which ACLED codes as protests: "went on strike", "hunger strike", "забастовка", "отказались подниматься на поверхность".
      String.raw`\b(?:went on|go on|on|hunger|general|a|the|\d+-day|(?:one|two|three|four|five)-day|shutter-?down|wheel-?jam|transport|traders['’]?) strikes?\b(?<!\b(?:air|drone|missile|air-) strikes?)(?!\s+(?:committee|leaders?|organi[sz]ers?|fund|pay|ballot|action|calls?)\b)`, String.raw`\bwalk-?outs?\b`, String.raw`\brefused to (?:work|come up|come to the surface|leave the mine|go down|go underground|start (?:their|the) shifts?)\b`, String.raw`\b(?:stay|stays|stayed|remain|remains|remained) underground\b`, 'забастовк', String.raw`(?<![\p{L}])бастова\p{L}*|(?<![\p{L}])басту\p{L}*`, String.raw`не (?:выход|вышл)\S* на (?:смен|работ)\S*`, String.raw`сидяч\S* акци\S*`, String.raw`акци\S* протеста`,
      // A crowd the police disperse was there to be heard: "police dispersed the crowd", "полиция разогнала собравшихся", "پولیس معترضان را پراکنده کرد".
      String.raw`\b(?:police|security forces|troops|officers)\b[^.;]{0,30}?\bdispersed (?:the |a )?(?:\S+ )?(?:crowd|crowds|gathering|protesters|demonstrators|rally|protest)\b`, String.raw`(?:полици|ОМОН|силовик|росгварди)\S*[^.;]{0,30}?разогнал\S*\s+(?:\S+\s+)?(?:толп|собравш|митинг|акци|протестующ)\S*`, String.raw`(?:پولیس|نیروهای امنیتی|ماموران|مأموران)[^.]{0,40}?(?:جمعیت|معترضان|معترضین|تجمع‌?کنندگان|گردهمایی)\S*\s+را\s+(?:\S+\s+)?پراکنده\s+(?:کرد|کردند|ساخت|ساختند)`,
      // Residents or villagers who block a road protest, whatever the sentence says of why.
      String.raw`\b(?:residents|villagers|locals|farmers|growers|miners|workers|drivers|traders|shopkeepers|students|families|relatives|protesters)\b[^.;]{0,60}\b(?:block(?:ed|ing)\s+(?:the |a )?(?:\S+ ){0,3}|stood on (?:the |a )?(?:\S+ )?)(?:road|highway|street|bridge|motorway)\b`, String.raw`вышл\S* на (?:трассу|дорогу|проезжую часть)`, String.raw`(?:жител\S*|сельчан\S*|горняк\S*|рабоч\S*|водител\S*)[^.;]{0,100}перекрыл\S*(?:\s+\S+){0,4}?\s+(?:дорог|трасс|улиц|проезж|мост|въезд|выезд)\S*`, String.raw`отказал\S* (?:подниматься на поверхность|выходить на (?:работу|смену)|спускаться в шахту|работать|приступать к (?:работе|смене))`, String.raw`(?:работник|рабоч|сотрудник|горняк|водител)\S*[^.;]{0,80}?останов\S* работу`,
      // Crowds at the seat of power gather to be heard: "у здания городской администрации собрались",
      // "gathered outside the district administration", "در برابر دفتر ولسوالی گرد آمدند".
      String.raw`(?:у|возле|перед)\s+(?:здани\S*\s+)?(?:\S+\s+)?(?:администрац|акимат|мэри|хокимият|хукумат|прокуратур|айыл окмот)\S*\s+(?:\S+\s+){0,2}?собрал(?:ись|ось|ась)`,
      String.raw`собрал(?:ись|ось|ась)\s+(?:\S+\s+){0,4}?(?:у|возле|перед)\s+(?:здани\S*\s+)?(?:\S+\s+)?(?:администрац|акимат|мэри|хокимият|хукумат|прокуратур|айыл окмот)\S*`,
      // "к зданию правительства области пришли жители": people who come to the seat of power come to be heard.
      String.raw`(?:пришл\S*|пришёл|пришел|пришла)\s+(?:\S+\s+){0,4}?к\s+(?:здани\S*\s+)?(?:\S+\s+)?(?:правительств|администрац|мэри|акимат|хокимият|хукумат|прокуратур|думы|парламент)\S*`,
      String.raw`к\s+здани\S*\s+(?:\S+\s+)?(?:правительств|администрац|мэри|акимат|хокимият|хукумат|прокуратур|думы|парламент)\S*(?:\s+\S+){0,4}?\s+(?:пришл\S*|пришёл|пришел|пришла)`,
      String.raw`\b(?:gathered|assembled|rallied)\s+(?:outside|in front of|at)\s+(?:the\s+)?(?:\S+\s+){0,2}?\(?(?:administration|akimat|hokimiyat|hakimlik|khokimiyat|hukumat|governor['’]s office|(?:deputy )?commissioner['’]s office|town hall|city hall|mayor['’]s office|courthouse|parliament|prosecutor['’]s office|press club|governorate|governor['’]s (?:office|compound)|provincial government|municipality)\b`,
      String.raw`(?<![\p{L}\u200c])در برابر\s+(?:دفتر|ساختمان|مقر)(?:\s+\S+){0,4}?\s+(?:گرد (?:هم )?آمدند|جمع شدند|تجمع کردند)`,
      // "вышли с плакатами", "держали плакаты", "сход против карьера": a demonstration told without the word.
      String.raw`(?:вышл\S*|стояли|собрал\S*)\s+(?:\S+\s+){0,4}?с плакат\S*`, String.raw`(?:держал\S*|поднял\S*|развернул\S*)\s+(?:\S+\s+){0,2}?(?:плакат|транспарант|баннер)\S*`,
      // "Около 500 человек собрались на площади Ленина": a crowd on a square is a rally.
      String.raw`собрал(?:ись|ось|ась)\s+(?:\S+\s+){0,4}?на (?:центральной |главной )?площади`, String.raw`(?<![\p{L}])сход\S* против`,
      // Gathered and demanded: "گردهم آمدند و خواستار بازگشایی شاهراه شدند".
      String.raw`(?:گرد ?هم آمدند|جمع شدند|گرد ?هم آمدیم|جمع شدیم)(?=[^.]{0,150}(?:خواستار|خواهان|خواستیم|خواستند))`,
      // "جلوی تهانهٔ پولیس جمع شدیم": a crowd at the police station, the governor's office, the court.
      String.raw`(?:جلوی|مقابل|در مقابل|در برابر)\s+(?:\S+\s+){0,2}?(?:تهانه|تهانهٔ|فرمانداری|استانداری|دادگاه|محکمه|دفتر|ساختمان|مقر)\S*(?:\s+\S+){0,4}?\s+(?:جمع|گرد)\s+(?:شدند|شدیم|آمدند|آمدیم)`,
    ),
  ),
  t(
    'closure', 'Strategic developments', 'Other',
    p(
      String.raw`\b(?:closed|shut|sealed|reopened)\b(?:\s+\S+){0,3}?\s+(?:border|crossing|checkpoint|border post|gate)s?\b`, String.raw`\b(?:border|crossing)s? (?:(?:was|were|had been|has been|have been) )?(?:closed|shut|sealed|reopened)\b`,
      // Passive with the crossing's name or place in between: "the crossing at Termez was closed".
      String.raw`\b(?:border|crossing|checkpoint|border post)s?\b[^.;]{0,60}?\b(?:was|were|had been|has been|have been|remains|remained) (?:closed|shut|sealed|reopened)\b`,
      // Reopened: "the crossing … resumed operations", "reopens the crossing".
      String.raw`\b(?:border|crossing|checkpoint|border post)s?\b[^.;]{0,80}\bresumed (?:operations|work|traffic)\b`, String.raw`\breopen(?:s|ed|ing)?\b(?:\s+\S+){0,3}?\s+(?:border|crossing|checkpoint)s?\b`,
      String.raw`(?:пункт\S* пропуска|КПП)[^.;]{0,60}(?:возобновил\S* работу|вновь открыл\S*)`,
      String.raw`(?:دروازه|گذرگاه|مرز)\S*(?:\s+\S+){0,12}?\s+(?:دوباره|مجدداً|مجددا)(?:\s+\S+){0,10}?\s+باز (?:شد|کرد|گردید)\S*`,
      String.raw`(?:закрыл\S*|открыл\S*|закрыт\S*)(?:\s+\S+){0,2}?\s+(?:пункт\S* пропуска|КПП|границ\S*|переход\S*)`, String.raw`(?:пункт\S* пропуска|КПП|границ\S*) (?:был\S* )?(?:закрыт|открыт)\S*`,
      // "пункт пропуска Ишкашим был закрыт"; never "был открыт огонь" (fire was opened).
      String.raw`(?:пункт\S* пропуска|КПП|переход\S*)(?:\s+\S+){1,3}?\s+был\S*\s+(?:закрыт|открыт)\S*(?!\s+огонь)`,
      String.raw`(?:مرز|گذرگاه|بندر)(?:\s+\S+){0,3}?\s+(?:را\s+)?(?:بست(?:ند)?|مسدود (?:کرد|شد)\S*|بسته شد|بازگشایی (?:کرد|شد)\S*)`,
    ),
  ),
  t('agreement', 'Strategic developments', 'Agreement', p(String.raw`\bagreement\b`, String.raw`\bagreed\b`, String.raw`\bsigned\b`, String.raw`\bmemorandum\b`, String.raw`\bdeal\b`, String.raw`\bceasefire\b`, String.raw`\btruce\b`, 'соглашени', 'подписал', 'договорил', 'меморандум', 'перемири', fa('توافق', 'توافق کردند', 'توافقنامه(?:‌ای)?', 'توافق‌نامه(?:‌ای)?', 'امضا', 'تفاهم‌?نامه(?:‌ای)?', 'آتش‌?بس'))),
  // (Not "встречная полоса", the oncoming lane of a road accident.)
  t('meeting', 'Strategic developments', 'Other', p(String.raw`\bmet\b`, String.raw`\bmeeting\b`, String.raw`\btalks\b`, String.raw`\bconsultations\b`, String.raw`\bvisit(?:ed)?\b`, String.raw`\bsummit\b`, String.raw`(?<![\p{L}])(?:встретил|встреч(?!н)|переговор|консультаци|визит|саммит)`, fa('دیدار', 'ملاقات', 'گفتگو', 'گفت‌وگو', 'مذاکره', 'مذاکرات', 'نشست'))),
  // Military exercises are not in ACLED's codebook, but a border analyst records them.
  t('exercise', 'Strategic developments', 'Other', p(String.raw`\b(?:military |joint )?(?:drills|exercises|manoeuvres|maneuvers)\b`, String.raw`(?<![\p{L}])учени[яй]`, 'манёвр', 'маневр', fa('رزمایش', 'تمرینات نظامی'))),
  t(
    'statement', 'Strategic developments', 'Other',
    p(
      String.raw`\bannounced\b`, String.raw`\bdeclared\b`, String.raw`\bwarned\b`, String.raw`\bthreatened\b`, String.raw`\bcondemned\b`, String.raw`\bissued a statement\b`, String.raw`\bvowed\b`, String.raw`\bcalled on\b`, String.raw`\burged\b`,
      'заявил', 'заявила', 'заявили', 'объявил', 'предупредил', 'пригрозил', 'осудил', String.raw`призвал(?:а|и|о)?${END}`,
      fa('اعلام کرد', 'اعلام کردند', 'اعلام کرده', 'اعلام می‌کند', 'اعلام نمود', 'هشدار داد', 'هشدار دادند', 'تهدید کرد', 'محکوم کرد', 'گفت', 'گفتند', 'خواست', 'خواستار شد', 'خواستار شدند'),
    ),
    true,
  ),
];

/**
 * Words around a trigger that say it did not happen here: it was planned, threatened, prevented
 * ("planned attacks", "планировали нападения", "the threat of drone attacks"), or a weapon was only
 * seized or defused ("seized an IED", "изъято самодельное взрывное устройство"); an arrest word that
 * names people detained before ("those detained", "задержанных", "بازداشت‌شدگان") is not a new
 * arrest; a protest someone is accused of organising is not reported as happening; an agreement
 * that "has been agreed" is a state of affairs.
 */
const PLANNED_BEFORE = /(?:\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|capacity (?:for|to)|capable of|ability to|potential for|plan(?:s|ned|ning)?|plott(?:ed|ing)|prepar(?:ed|ing)|intend(?:ed|ing)|threat(?:s|ened|ening)?|foil(?:ed|ing)?|prevent(?:ed|ing)?|thwart(?:ed|ing)?|avert(?:ed)?|risk of|fear(?:s|ed)? of|accused of|charged with|suspected of)\b|планировал\S*|планиру\S*|готовил\S*|замышлял\S*|намеревал\S*|угроз\S*|предотвра\S*|пресек\S*|пресеч\S*|подозрева\S*|обвиня\S*|برنامه‌?ریزی|طرح|قصد|تهدید|به اتهام)(?:\s+\S+){0,3}\s+$/iu;
const PLANNED_AFTER_DARI = /^(?:\s+\S+){0,3}\s+(?:را\s+)?(?:خنثی|برنامه‌?ریزی|طرح‌?ریزی)/u;
const CLAIMED_BEFORE = /\b(?:has|have|had)\s+claimed\s+(?:responsibility\s+for\s+)?(?:\S+\s+){0,3}$/iu;
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|dozens of|a series of|a number of|\d+)\s+(?:(?:small|major|separate|recent|similar|deadly|armed|suicide|rocket|drone)\s+)?$/iu;
const UNVERIFIED_AFTER = /^[^.;]{0,40}\b(?:could not be|cannot be|have not been|has not been)\s+(?:independently\s+)?(?:verified|confirmed)\b|^[^.;]{0,40}(?:не удалось подтвердить|не подтвержд)/iu;
/** A bomb made, assembled or bought ("who made the explosive device", "изготовил взрывное устройство"): not one that went off. */
const MADE_BEFORE = /(?:\b(?:made|built|assembled|manufactured|bought|making|building|assembling)|(?:^|\s)(?:изготов\S*|собрал\S*|приобрел\S*|приобрёл\S*))\s+(?:\S+\s+){0,2}$/iu;
const ARRESTED_BEFORE = /(?:\b(?:detained|arrested)\b|(?<![\p{L}])(?:задержал\p{L}*|задержан\p{L}*|арестовал\p{L}*|арестован\p{L}*))[^.;]*\s(?:with|carrying|possessing|с|со|при)\s[^.;]*$/iu;
const CONNECTED_BEFORE = /(?:\bin connection with|(?:^|\s)в связи с|(?:^|\s)по делу о|(?:^|\s)в причастности к|(?:^|\s)در (?:پیوند|ارتباط|رابطه) (?:به|با))\s+(?:the\s+|this\s+|that\s+|этим\s+|این\s+|آن\s+)?(?:\S+\s+)?$/iu;
const ALLEGED_BEFORE = /(?:^|\s)(?:якобы|allegedly|supposedly)\s+[«"„“']?(?:\S+\s+){0,2}[«"„“']?$/iu;
const FAKE = /не соответству\S* действительности|(?:^|\s)фейк|\bfake news\b|\bhoax\b/iu;
const SEIZED_BEFORE = /(?:\b(?:seiz(?:ed|ing)|confiscat(?:ed|ing)|defus(?:ed|ing)|dismantl(?:ed|ing)|smuggl\w*)\b|изъя\S*|обезвре\S*|конфиск\S*|کشف|ضبط)[^.;]{0,60}$|(?:\b(?:found|discovered|recovered|cache of|possession of)\b:?|обнаруж\S*|найден\S*|нашли|тайник\S*|хранени\S*)(?:\s+\S+){0,10}\s+$/iu;
// "… یک جلیقه انتحاری و مقداری مواد انفجاری به دست آمد", "… راکت جاسازی شده بود": found, hidden, not used.
/** "… an improvised explosive device were found in the house": found, not used. */
const SEIZED_AFTER = /^[^.;]{0,40}?\b(?:was|were|had been|has been|have been) (?:found|seized|recovered|discovered|confiscated|defused|dismantled)\b/iu;
const SEIZED_AFTER_DARI = /^[^.]{0,60}(?:کشف|ضبط|خنثی|مصادره|جاسازی|به دست آمد|بدست آمد|یافت شد|پیدا شد)/u;
/** An arrest said not to have happened: "no one was", "no arrests", "never", "никого не", "не были", "هیچ کس". */
const NOBODY_BEFORE = /(?:\b(?:no one|no-one|nobody|none|no)\b(?:\s+(?:of them|one))?(?:\s+(?:was|were|has been|have been|had been))?|\b(?:was|were|has|have|had) not(?: been)?|(?:^|\s)(?:никого|никто)\s+(?:не\s+)?(?:был[аио]?\s+)?|(?:^|\s)не\s+(?:был[аио]?\s+)?|(?:^|\s)(?:هیچ(?:\s*کس)?|کسی))\s+$/iu;
const NONE_AFTER = /^\S*\s+(?:нет|не было|не производились)(?![\p{L}])/iu;
/** Dari's negated verb after the arrest word: "بازداشت نشده", "دستگیر نشدند". */
const DARI_NOT_AFTER = /^\s*(?:ن(?:شد|شده|شدند|کرده|کردند|گردید))(?![\p{L}\u200c])/u;
const DETAINED_BEFORE = /\b(?:those|the|of the|for the)\s+$/iu;
/** "the nine detained leaders", "the arrested men": people named by their arrest, told before. */
const DETAINED_ATTRIBUTIVE_BEFORE = /\b(?:the|those|its|their|his|her|all)\s+(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+)?$/iu;
const DETAINED_ATTRIBUTIVE_AFTER = /^\s+(?:leaders?|men|women|people|activists?|members?|journalists?|suspects?|students?|workers?|protesters|bloggers?|persons?|individuals?|migrants?|youths?|teenagers?|traders?|drivers?|miners?|villagers?|organi[sz]ers?)\b/iu;
const DETAINED_AFTER = /^(?:н(?:ых|ые|ым|ыми|ого|ому|ой|ая|ый)|ees|иях|иями|ия(?=\s+(?:мигрант|граждан|иностран)))(?![\p{L}])/iu;
const SUSPECTED_BEFORE = /(?:\b(?:on suspicion of|suspected of|accused of|charged with)|(?:^|\s)(?:по подозрению в|подозреваем\S* в|обвиняем\S* в)|(?:^|\s)(?:به اتهام|به جرم))\s+(?:\S+\s+){0,3}$/iu;
const ORGANISED_BEFORE = /\b(?:organi[sz](?:ing|ed)|organi[sz]ers? of|accused of|charged with|(?:on )?suspicion of|suspected of|in connection with|over|for (?:taking part|participating) in|for joining)\s+(?:the\s+|a\s+|an\s+)?$|организаци\S*\s+$|участи\S* в\s+$|سازماندهی\s+$/iu;
const STATE_BEFORE = /\b(?:has|have|had)(?: not| yet)? been\s+$|\b(?:yet|remains?|still) to be\s+$/iu;
/** Told as to come: "will be arrested", "будут задержаны", "بازداشت خواهند شد". */
const FUTURE_BEFORE = /(?:\b(?:will|would|shall|going to)|(?:^|\s)(?:будут|будет|станут|собира\p{L}+ся|намерен\p{L}*|планиру\p{L}+))\s+(?:\S+\s+){0,8}$/iu;
const FUTURE_AFTER_DARI = /^\s*(?:\S+\s+)?(?:خواهد|خواهند)(?![\p{L}\u200c])/u;
/** Said to be planned after its words: "talks are planned in Dushanbe", "переговоры … запланированы на", "نشست … قرار است". */
const PLANNED_AFTER = /^(?:\s+\S+){0,5}?\s+(?:(?:is|are) (?:planned|scheduled|due|expected|to be held)|(?:will|would) (?:be held|take place|resume|go on|continue)|запланирован\p{L}*|намечен\p{L}*|планиру\p{L}*|пройд[её]т|состоится|состоятся|قرار است)(?![\p{L}])/iu;
const AGREED_PLAN = /^\s*(?:(?:\S+\s+)?\p{L}+(?:ть|ти|чь)(?:ся)?(?![\p{L}])|(?:that|to)\b[^.;]*\b(?:will|would|shall)\b|to (?!a\b|an\b|the\b|terms\b|ceasefire\b|truce\b|deal\b)\p{Ll}+\b|(?:\S+\s+)?,?\s*что[^.;]*(?:будет|будут|станет|пройд[её]т)|(?:\S+\s+)?که[^.؛]*(?:دهد|شود|کند|دهند|شوند|کنند|خواهد|خواهند|باشد)(?![\p{L}\u200c]))/iu;
const NEXT_BEFORE = /(?:\b(?:next|upcoming|following|future)|\b(?:agreed|decided|plans?|planned|intend) to (?:hold|have)(?:\s+\S+){0,3}?|(?:^|\s)(?:следующ|очередн|будущ|предстоящ)\p{L}*)\s+$/iu;
const INTERVIEWED_AFTER = /^\s*(?:with|با|с|со)\s+(?:the\s+|a\s+|an\s+|یک\s+)?(?:\S+\s+)?(?:worker|deportee|migrant|refugee|survivor|witness|resident|کارگر|مهاجر|بازگشت‌?کننده|شاهد|باشنده|families|relatives|witnesses|residents|victims|survivors|sources|خانواده\S*|قربانیان|شاهدان|باشندگان|منابع|бежен\p{L}*|родственник\p{L}*|свидетел\p{L}*|жител\p{L}*|пострадавш\p{L}*)/iu;
const AFTER_BEFORE = /(?:\b(?:after|before|following)|(?:^|\s)(?:после|перед|до)|(?:^|\s)(?:پس از|بعد از|پیش از|قبل از))\s+(?:(?:a|the|an)\s+)?$/iu;
const COURT_BEFORE = /(?:\b(?:court|judge|tribunal)\b|(?<![\p{L}])(?:суд|судья)(?![\p{L}])|(?<![\p{L}\u200c])(?:محکمه|دادگاه))[^.;]{0,50}$/iu;
/** "concerned by reports of arrests", "allegations of abductions": many told at second hand, not one event. */
const HEARSAY_BEFORE = /\b(?:reports|allegations|accounts|claims) of\s+(?:\S+\s+)?$/iu;
const MONTH_AGO = /\b(?:last month|a month ago|months ago)\b|(?<![\p{L}])(?:в прошлом месяце|месяц назад|месяцем ранее)(?![\p{L}])|(?<![\p{L}\u200c])(?:ماه گذشته|ماه پیش|یک ماه قبل)(?![\p{L}\u200c])/iu;
const NEXT_AFTER_DARI = /^\s*(?:بعدی|آینده)(?![\p{L}\u200c])/u;
const PROTESTED_BEFORE = /(?:\bprotest(?:s|ed|ing)? (?:against|over)|(?:^|\s)(?:против|протестуя против)|(?:^|\s)(?:در اعتراض به|اعتراض به|علیه))\s+(?:\S+\s+){0,2}$/iu;
/** A protest a government makes to another: lodged, summoned over, sent as a note, through diplomatic channels. */
const DIPLOMATIC = /\b(?:lodged|lodges|lodge|registered|conveyed) (?:a |its |their )?(?:strong |formal )?protest\b|\bdiplomatic (?:protest|channels)\b|(?<![\p{L}])(?:нот\p{L}* протеста|выразил\p{L}* протест|заявил\p{L}* протест)(?![\p{L}])|(?<![\p{L}\u200c])(?:دیپلوماتیک|دیپلماتیک|سفیر\S*\s+\S+\s+را\s+احضار)(?![\p{L}\u200c])/iu;
/** People who protest, named as such: they are who the sentence is about, not a protest it tells. */
export const PROTESTERS = /^(?:protesters|demonstrators|معترضان|معترضین|протестующ\p{L}*|митингующ\p{L}*)$/iu;
const PROTESTERS_SAID = /^\s*(?:\S+\s+){0,1}?(?:said|say|told|claimed|complained|می‌?گفتند|گفتند|می‌?گویند|заявил\p{L}*|говорил\p{L}*|жаловал\p{L}*)(?![\p{L}])/iu;
const EXPLOSIVE = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Grenade', 'Remote explosive/landmine/IED', 'Suicide bomb']);

export function disqualified(trigger: Trigger, sentence: string, at: number, match: string): boolean {
  const before = sentence.slice(Math.max(0, at - 80), at);
  const after = sentence.slice(at + match.length, at + match.length + 60);
  const dari = /\p{Script=Arabic}/u.test(match);
  // "if truce collapses", "если перемирие сорвётся", "اگر آتش‌بس …": a condition, not what happened.
  if (/(?:\bif|\bunless|(?:^|\s)если|(?:^|\s)اگر)\s+(?:\S+\s+){0,2}$/iu.test(before)) return true;
  if (FUTURE_BEFORE.test(before) || (dari && FUTURE_AFTER_DARI.test(after)) || PLANNED_AFTER.test(after)) return true;
  // "قرار است کمیتهٔ فنی … تفاهم‌نامه را نهایی سازد": what is to happen.
  if (dari && /(?<![\p{L}\u200c])قرار است(?![\p{L}\u200c])/u.test(sentence.slice(0, at))) return true;
  const violent = trigger.kind === 'attack' || trigger.kind === 'clash' || trigger.kind === 'riot' || trigger.kind === 'abduction' || trigger.kind === 'takeover';
  if (violent && (PLANNED_BEFORE.test(before) || (dari && PLANNED_AFTER_DARI.test(after)))) return true;
  // "which has claimed several small attacks", "restricted after two attacks on vehicles": a record or a count, not one event told.
  if (violent && (CLAIMED_BEFORE.test(before) || (COUNTED_BEFORE.test(before) && /s$/i.test(match)))) return true;
  // "reports that several men were detained could not be verified": not reported as having happened.
  if (UNVERIFIED_AFTER.test(after)) return true;
  // "detained … in connection with the explosion": the explosion was told before; "якобы произошедшем взрыве": said not to have happened.
  if (violent && CONNECTED_BEFORE.test(before)) return true;
  if (ALLEGED_BEFORE.test(before) || FAKE.test(sentence)) return true;
  // "در مورد حمله بر کارگران چیزی نگفته‌اند" (said nothing about the attack), "در این تیراندازی" (in this
  // shooting), "این اعتراض پس از آن صورت گرفت که …" (this protest came after …): the event told before.
  if (dari && /(?:^|\s)(?:در مورد|دربارهٔ?|در باره|در رابطه با)\s+$/u.test(before)) return true;
  if (dari && /(?:^|\s)(?:در این|در همین)\s+$/u.test(before) && TRIGGERS.some((t) => t.kind !== trigger.kind && new RegExp(t.pattern.source, 'iu').test(sentence.slice(at + match.length)))) return true;
  if (dari && /(?:^|\s)(?:این|همین)\s+$/u.test(before) && /^\s+(?:پس از|بعد از|در پی|به دنبال)/u.test(after)) return true;
  // "Никаких беспорядков не было", "no clashes were reported", "без столкновений": none happened.
  if (/(?:\bno|(?:^|\s)(?:никаких|никакой|никакого|никаких-либо|без))\s+$/iu.test(before)) return true;
  if (HEARSAY_BEFORE.test(before) && /s$/iu.test(match)) return true;
  // "none of these protests has linked up", "each of the attacks": events told before, counted or compared.
  if (/\b(?:none|any|all|each|some|most|many|several|one|either|neither) of (?:these|the|those|them)\s+$/iu.test(before) && /s$/iu.test(match)) return true;
  if (trigger.eventType === 'Explosions/Remote violence' && EXPLOSIVE.has(trigger.subEventType) && (SEIZED_BEFORE.test(before) || MADE_BEFORE.test(before) || SEIZED_AFTER.test(after) || (dari && SEIZED_AFTER_DARI.test(after)))) return true;
  // "terrorists armed with automatic weapons and a rocket launcher attacked the post": what they carried, not a shelling.
  if (trigger.eventType === 'Explosions/Remote violence' && EXPLOSIVE.has(trigger.subEventType) && /\barmed with\b[^.;]{0,80}$|(?<![\p{L}])вооруж\p{L}*[^.;]{0,80}$/iu.test(before)) return true;
  // "police detained a man with a rifle and explosives": what he was found with, after his arrest.
  if (trigger.eventType === 'Explosions/Remote violence' && EXPLOSIVE.has(trigger.subEventType) && ARRESTED_BEFORE.test(sentence.slice(0, at))) return true;
  if (trigger.kind === 'arrest' && (DETAINED_AFTER.test(after) || (DETAINED_BEFORE.test(before) && /^(?:detained|arrested)$/iu.test(match)))) return true;
  if (trigger.kind === 'arrest' && /^(?:detained|arrested)$/iu.test(match) && DETAINED_ATTRIBUTIVE_BEFORE.test(before) && DETAINED_ATTRIBUTIVE_AFTER.test(after)) return true;
  // "Видео задержания ведомство опубликовало", "footage of the arrest": a record of an event told.
  if (/(?:\b(?:video|footage|images|photos?) of (?:the |a )?|(?:^|\s)(?:видео|кадры|запись|фото)\s+)$/iu.test(before)) return true;
  // "کارگران بازداشت‌شده" (detained workers): a participle describing people, not an arrest told.
  if (trigger.kind === 'arrest' && dari && /شده$/u.test(match) && !/^\s*(?:است|اند|بود|بودند|و|،|\.|$)/u.test(after)) return true;
  // "court next day ordered 15 days' administrative arrest", "суд арестовал его до 18 октября": custody, not an arrest told.
  if (trigger.kind === 'arrest' && (COURT_BEFORE.test(before) || /^(?:ест|est)?\S*\s*(?:на|до)\s+\d/u.test(after) && /(?<![\p{L}])суд/iu.test(before) || /\badministrative\s+$/iu.test(before))) return true;
  // "Топливо задержано", "груз задержан": goods impounded, no one arrested.
  if (trigger.kind === 'arrest' && /(?:топлив|груз|товар|контрабанд|партия|автомобил|машин|судно)\S*\s+(?:\S+\s+)?$/iu.test(before)) return true;
  // "хронику задержаний" (a chronicle of detentions), "при попытке задержания" (while trying to detain): no arrest told.
  if (trigger.kind === 'arrest' && (/^ий(?![\p{L}])/u.test(after) || /(?:attempt(?:ed|ing)? to|tried to|trying to|попытк\p{L}*)\s+$/iu.test(before))) return true;
  // "a child abducted last month", "که ماه گذشته ربوده شده بود": told as before the news.
  if (violent && MONTH_AGO.test(sentence.slice(Math.max(0, at - 50), at + match.length + 30))) return true;
  // "no one was detained", "задержаний нет", "никого не задержали", "کسی بازداشت نشده": nobody was.
  if (trigger.kind === 'arrest' && (NOBODY_BEFORE.test(before) || NONE_AFTER.test(after) || (dari && DARI_NOT_AFTER.test(after)))) return true;
  if (trigger.kind === 'protest' && ORGANISED_BEFORE.test(before)) return true;
  // "lodged a protest with Islamabad", "вручил ноту протеста", "اعتراض خود را از راه‌های دیپلوماتیک …": a government's protest, no demonstration.
  if (trigger.kind === 'protest' && DIPLOMATIC.test(sentence.slice(Math.max(0, at - 40), at + match.length + 80))) return true;
  // "went back to work, ending a four-day strike", "called off the protest": the end of a protest told before.
  if (trigger.kind === 'protest' && /\b(?:end(?:ed|ing|s)?|call(?:ed|ing) off|suspend(?:ed|ing))\s+(?:(?:a|the|their|its)\s+)?(?:\S+\s+){0,2}$/iu.test(before)) return true;
  // "این تجمع … با وعدهٔ رسیدگی پایان یافت" (the gathering ended with a promise): its end, told after it.
  if (trigger.kind === 'protest' && dari && /^[^.؟!]{0,80}(?:پایان|خاتمه)\s+(?:یافت|داد|دادند|یافتند)(?![\p{L}\u200c])/u.test(sentence.slice(at + match.length))) return true;
  // "The sit-in was called off the following evening", "акция была прекращена": its end, told after it.
  if (trigger.kind === 'protest' && /^\s*(?:was|were|had been) (?:called off|ended|suspended|lifted|broken up)\b|^\s*(?:ended|was over|broke up)\b|^\s*(?:был\p{L}* )?(?:прекращен|прервана|завершен)\p{L}*/iu.test(after)) return true;
  // "Traders have announced a shutter-down strike for Friday": called, not yet held.
  if (trigger.kind === 'protest' && /\b(?:announced|threatened|vowed|plans?|planned)\s+(?:a |an |the |another |new )?(?:\S+\s+){0,2}$/iu.test(before)) return true;
  // "detained on suspicion of calling for protests", "accused of attacking a post": an allegation, not an event told.
  if ((trigger.kind === 'protest' || violent) && SUSPECTED_BEFORE.test(before)) return true;
  if (trigger.kind === 'agreement' && STATE_BEFORE.test(before)) return true;
  // "agreed to hold their next meeting in Osh", "следующая встреча", "نشست آینده": a meeting to come.
  // So is "با استاندار دیدار می‌کند" (will meet): Dari's present tense of a meeting is what is planned.
  if (trigger.kind === 'meeting' && (NEXT_BEFORE.test(before) || NEXT_AFTER_DARI.test(after) || (dari && /^\s*(?:می‌?کند|می‌?کنند|می‌?نماید|می‌?نمایند)(?![\p{L}\u200c])/u.test(after)))) return true;
  // "می‌گویند تنها مهاجرین غیرمجاز را بازداشت می‌کنند" (they only arrest …): Dari's present tense of an arrest or
  // an attack is what is done as a rule, or will be, not what happened.
  if (dari && (trigger.kind === 'arrest' || violent) && /^\s*(?:می‌?کنند|می‌?کند|می‌?نمایند|می‌?نماید|می‌?شوند|می‌?شود)(?![\p{L}\u200c])/u.test(after)) return true;
  // "похитил из кассы 300 тысяч тенге", "похищены деньги": a theft of money or goods, not of a person.
  if (trigger.kind === 'abduction' && /^(?:похит|похищ)/iu.test(match) && /^\p{L}*\s+(?:из\s|деньг|выручк|имуществ|товар|телефон|автомобил|машин|скот|овец|(?:около\s+|более\s+)?\d)/iu.test(sentence.slice(at + match.length))) return true;
  // "a car hit a pedestrian …; the driver was detained", "водитель … после ДТП задержан": a road accident's driver, no security event.
  if (trigger.kind === 'arrest' && /\b(?:car|lorry|truck|bus|minibus|vehicle) (?:hit|struck|ran over|knocked down)\b|\b(?:road|traffic) accident\b|\bcollided\b|(?<![\p{L}])(?:ДТП|наезд\p{L}*|сбил\p{L}* пешеход\p{L}*)|(?<![\p{L}\u200c])(?:تصادف|تصادم)/iu.test(sentence)) return true;
  // "Полиция просит очевидцев драки в Торжке …", "appealed to witnesses of the attack": the event told before, named in an appeal.
  if ((violent || trigger.kind === 'protest') && /(?:\b(?:witnesses|eyewitnesses)\s+(?:of|to)\s+(?:the\s+)?|(?<![\p{L}])(?:очевидц\p{L}*|свидетел\p{L}*)\s+|(?<![\p{L}\u200c])(?:شاهدان|شاهدین)\s+)$/iu.test(before)) return true;
  // "провести проверку законности задержания", "the legality of the detention": an arrest told before, now questioned.
  if (trigger.kind === 'arrest' && /(?:(?<![\p{L}])(?:законност|обоснованност|правомерност)\p{L}*|\b(?:legality|lawfulness) of (?:the |his |her |their )?)\s*$/iu.test(before)) return true;
  // "Участники акции от встречи отказались", "declined to meet the governor": a meeting refused, not held.
  if (trigger.kind === 'meeting' && /(?<![\p{L}])отказал\p{L}*|\b(?:refused|declined|rejected|turned down)\b/iu.test(sentence)) return true;
  // "expect more outage protests", "further clashes are likely": a forecast, not an event told.
  if ((trigger.kind === 'protest' || violent) && /\b(?:expect|expects|expecting|expected)\s+(?:more|further|new|renewed|fresh)\s+(?:\S+\s+)?$/iu.test(before)) return true;
  // "در صورت بازداشت، حق دارند …", "in case of arrest", "в случае задержания": what would follow if, not what happened.
  if (/(?:(?<![\p{L}\u200c])در صورت|\bin (?:the )?(?:case|event) of|(?<![\p{L}])в случае)\s+$/iu.test(before)) return true;
  // "از ترس بازداشت", "for fear of arrest", "боясь задержания": feared, not done.
  if (trigger.kind === 'arrest' && /(?:(?<![\p{L}\u200c])(?:ترس|بیم|هراس)\s+(?:از\s+)?|\b(?:fear|fears|afraid) of\s+(?:\S+\s+)?|(?<![\p{L}])(?:боясь|опасаясь|страх\p{L}*)\s+)$/iu.test(before)) return true;
  // "dispersed after a meeting with the deputy mayor", "разошлись после встречи": when something else happened.
  if (trigger.kind === 'meeting' && AFTER_BEFORE.test(before)) return true;
  // "The minutes of the 30 April meeting were adopted", "Coordination meeting — minutes": a record of a meeting, not one told.
  if (trigger.kind === 'meeting' && (/\b(?:minutes|agenda|record) of (?:the |a )?(?:\S+ ){0,3}$/iu.test(before) || /^\s*[—–:-]\s*(?:minutes|agenda)\b/iu.test(after))) return true;
  // "conversations with victims' families", "گفت‌وگو با خانواده‌های قربانیان": how a report was made.
  if (trigger.kind === 'meeting' && INTERVIEWED_AFTER.test(after)) return true;
  // "host X talks to reporter Y", "talks about a tense fortnight": a conversation, not negotiations.
  if (trigger.kind === 'meeting' && /^talks$/iu.test(match) && /^\s+(?:to|about)\b/iu.test(after)) return true;
  // "There are reports that a blogger was detained": hearsay the text does not tell as fact.
  if (/\bthere (?:are|were) (?:unconfirmed )?reports that\b[^.;]*$/iu.test(sentence.slice(0, at))) return true;
  // "نشست خبری" (a press conference) is where news is told, not a meeting.
  if (trigger.kind === 'meeting' && /^\s*(?:خبری|مطبوعاتی)(?![\p{L}\u200c])/u.test(after)) return true;
  // "با یک کارگر … گفت‌وگو کردیم", "we spoke to", "мы поговорили": the reporter's own interview.
  if (trigger.kind === 'meeting' && (/^\s*(?:کردیم|کردم|داشتیم|داشتم)(?![\p{L}\u200c])/u.test(after) || /\b(?:we|I)\s+(?:\S+\s+)?$/iu.test(before) || /(?:^|\s)(?:мы|я)\s+$/iu.test(before))) return true;
  // "agreed that a commission will meet monthly", "договорились, что … будет", "توافق کردند که … تشکیل جلسه دهد": a plan.
  if (trigger.kind === 'agreement' && AGREED_PLAN.test(sentence.slice(at + match.length, at + match.length + 200))) return true;
  // The attack a protest is against ("in protest against the shelling", "در اعتراض به این حملات") was told before.
  if (trigger.kind === 'attack' && PROTESTED_BEFORE.test(before)) return true;
  // "who had streamed the Muborak protest", "the Levashi attack": an event named by its place, told before.
  if ((trigger.kind === 'protest' || violent) && /\bthe\s+\p{Lu}[\p{L}'’-]+\s+$/u.test(before) && !/^(?:protests|attacks|clashes)$/iu.test(match)) return true;
  // "the strikes showed that Kyiv …" after drones hit a refinery: attacks, not a labour strike.
  if (trigger.kind === 'protest' && /^strikes?$/iu.test(match.split(/\s+/).at(-1) ?? '') && /\b(?:drones?|missiles?|rockets?|air|artillery|refiner\w*|energy (?:sites|facilities))\b/iu.test(sentence + ' ' + before)) return true;
  // "این حمله را «نگران‌کننده» خوانده", "بر اساس این تفاهم‌نامه", "دربارهٔ این حملات": the event told before, named to react or refer to it.
  if (dari && (/(?:^|\s)(?:این|همین)\s+$/u.test(before) && /^\S*\s+را(?![\p{L}\u200c])/u.test(after) || /(?:بر اساس|طبق|مطابق|دربارهٔ|درباره|در مورد|در بارهٔ)\s+(?:این|همین|آن)\s+$/u.test(before))) return true;
  // "یک هیئت هفتهٔ آینده … سفر می‌کند": next week's, a plan.
  if (dari && /(?:هفته|ماه|سال|روز)\S*\s+آینده(?![\p{L}\u200c])/u.test(sentence)) return true;
  // A clash over land or water that kills or is fought with guns is a battle between armed villagers.
  if (trigger.kind === 'riot' && /^clash/iu.test(match) && /\b(?:killed|dead|died|shot|guns?|gunfire|gunmen|armed|rifles?|fired|firing)\b/iu.test(sentence)) return true;
  // "суд отправил под стражу троих участников массовой драки": the fight the court tried, told of, not told here.
  // (Only before a court: "police detained the participants of a mass brawl" may be the brawl's first telling.)
  if (trigger.kind === 'riot' && /\b(?:court|judge)\b|(?<![\p{L}])(?:суд|судья)(?![\p{L}])|(?<![\p{L}\u200c])(?:محکمه|دادگاه)/iu.test(sentence.slice(0, at)) && /(?:(?<![\p{L}])(?:участник|зачинщик|организатор)\p{L}*|\b(?:participants in|those involved in|organi[sz]ers of))\s+(?:\S+\s+)?$/iu.test(before)) return true;
  if (trigger.kind === 'abduction' && /\bin police (?:vans?|cars?|vehicles?|trucks?)\b|\bby (?:the )?police\b/iu.test(sentence.slice(at, at + match.length + 40))) return true;
  // "нападение связано с его работой", "the attack was linked to": the attack told before, explained.
  if (violent && /^\s*(?:\S+\s+)?(?:связан\p{L}*|was (?:linked|related|connected) to)(?![\p{L}])/iu.test(after)) return true;
  // "پولیس … ۴۳ تن را با خود برد": taken away by the police is an arrest, not an abduction, however far apart the words.
  if (trigger.kind === 'abduction' && dari && /(?:پولیس|ماموران|مأموران|نیروهای امنیتی)/u.test(sentence.slice(0, at))) return true;
  // "نزاع لفظی", "словесная перепалка", "a verbal altercation": words, not a fight.
  if (trigger.kind === 'riot' && (/^\s*لفظی(?![\p{L}\u200c])/u.test(after) || /(?:\bverbal|(?:^|\s)словесн\p{L}*)\s+$/iu.test(before))) return true;
  // "protesters were beaten with rifle butts": force used on a protest told, part of it.
  if (trigger.kind === 'attack' && /beat|избил|لت|ضرب/iu.test(match) && /\b(?:protesters|demonstrators|marchers)\b|протестующ|митингующ|معترض/iu.test(sentence.slice(Math.max(0, at - 60), at + match.length + 30))) return true;
  // "the protesters said …", "معترضان می‌گفتند": what protesters said is not another protest.
  if (trigger.kind === 'protest' && PROTESTERS.test(match) && PROTESTERS_SAID.test(after)) return true;
  return false;
}

/** The first match of a trigger in the sentence that is not disqualified, if any. */
export function reportedMatch(trigger: Trigger, sentence: string): RegExpMatchArray | undefined {
  for (const m of sentence.matchAll(trigger.pattern)) if (!disqualified(trigger, sentence, m.index!, m[0])) return m;
  return undefined;
}

/** Words after "attack" that make the victims security forces, which ACLED codes as a battle. */
// Russian stems start a word: "Пострадали" (were hurt) holds no "пост" (post).
export const SECURITY_TARGET = /\b(?:checkpoint|post|outpost|base|soldiers|troops|police|policemen|guards|border guards|forces|convoy|patrol)\b|(?<![\p{L}])(?:пост(?:а|у|ом|е|ы|ов)?(?![\p{L}])|заставу|военнослужащих|пограничник|полици)|پاسگاه|نیروهای امنیتی|سربازان|پولیس/iu;
