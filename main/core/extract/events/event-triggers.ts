import type { AcledEventType } from '../../../../shared/geo/acled';

/** What a sentence reports, in ACLED's terms. */
export interface Trigger {
  kind: 'attack' | 'clash' | 'arrest' | 'meeting' | 'statement' | 'agreement' | 'protest' | 'takeover' | 'abduction' | 'exercise';
  eventType: AcledEventType;
  subEventType: string;
  /** English, Russian and Dari words that report it. */
  pattern: RegExp;
  /** A statement is an event only when a named actor makes it ("officials said" is reporting). */
  needsActor?: boolean;
}

const t = (kind: Trigger['kind'], eventType: AcledEventType, subEventType: string, pattern: RegExp, needsActor = false): Trigger => ({ kind, eventType, subEventType, pattern, needsActor });

/**
 * In order of precedence: a sentence with a suicide bombing that also mentions a clash is coded as
 * the bombing, as ACLED codes the most specific thing that happened.
 */
export const TRIGGERS: readonly Trigger[] = [
  t('attack', 'Explosions/Remote violence', 'Suicide bomb', /\bsuicide (?:bomb(?:er|ing|s)?|attack(?:er)?s?|blast)|\bsuicide[- ]vest|смертник|подрыв(?:ом)? смертник|انتحاری|حمله انتحاری/iu),
  t('attack', 'Explosions/Remote violence', 'Air/drone strike', /\b(?:air|drone)[- ]?strikes?\b|\bairstrikes?\b|\bbombed from the air|\bdrone attack|авиаудар|удар(?:ы|ом)? (?:беспилотник|авиаци)|бомбардировк|حمله هوایی|حملات هوایی|پهپاد|بمباران/iu),
  t('attack', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', /\bshell(?:ing|ed)\b|\brockets?\b|\bmortars?\b|\bartillery\b|\bmissiles?\b|обстрел|ракет|миномет|миномёт|артиллер|راکت|خمپاره|توپخانه|موشک/iu),
  t('attack', 'Explosions/Remote violence', 'Grenade', /\bgrenades?\b|гранат|نارنجک|بمب دستی/iu),
  t('attack', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', /\broadside bomb|\bIEDs?\b|\blandmines?\b|\bmagnetic bomb|\bsticky bomb|\b(?:bomb|explosion|blast|explosive device)s?\b|\bexploded\b|\bdetonated\b|взрыв|СВУ|самодельн\S* взрывн|мин(?:а|у|ой|е)\b|انفجار|ماین|بمب کنار جاده|مین/iu),
  t('takeover', 'Battles', 'Non-state actor overtakes territory', /\b(?:captured|seized|overran|took control of|taken control of|fell to)\b[^.]{0,40}\b(?:district|town|city|village|crossing|post|centre|center|base)|захватил\S*|взял\S* под контроль|перешл\S* под контроль|سقوط|تصرف|کنترل\s+\S+\s+را به دست گرفت/iu),
  t('clash', 'Battles', 'Armed clash', /\bclash(?:ed|es)?\b|\bfighting\b|\bfought\b|\bgun ?fights?\b|\bexchange(?:d)? (?:of )?fire\b|\bfirefights?\b|\bbattle(?:d|s)?\b|\bambush(?:ed)?\b|\bopened fire on (?:the )?(?:security|police|border|army|soldiers|guards|troops|checkpoint|post)|столкновени|бо(?:й|и|ев|ях)\b|перестрелк|вооруж\S* стычк|درگیری|جنگ|تیراندازی/iu),
  t('abduction', 'Violence against civilians', 'Abduction/forced disappearance', /\babduct(?:ed|ion|s)?\b|\bkidnapp(?:ed|ing)\b|\bforcibly disappeared\b|похищ|похитил|ربود|اختطاف/iu),
  t('arrest', 'Strategic developments', 'Arrests', /\barrest(?:ed|s)?\b|\bdetain(?:ed|s)?\b|\btaken into custody\b|задержан|задержал|арестован|арестовал|бازداشت|بازداشت|دستگیر/iu),
  t('attack', 'Violence against civilians', 'Attack', /\battack(?:ed|s)?\b|\bshot dead\b|\bgunned down\b|\bkilled\b[^.]{0,30}\bcivilians?\b|\bexecuted\b|\bmassacre|напал|нападени|атак|расстрел|убит\S* мирн|حمله|کشتار|تیرباران/iu),
  t('protest', 'Protests', 'Peaceful protest', /\bprotest(?:ed|ers|s)?\b|\bdemonstrat(?:ion|ors|ed)\b|\brall(?:y|ied)\b|\bsit-in\b|митинг|протест|демонстрац|اعتراض|تظاهرات|راهپیمایی/iu),
  t('agreement', 'Strategic developments', 'Agreement', /\bagreement\b|\bagreed\b|\bsigned\b|\bmemorandum\b|\bdeal\b|\bceasefire\b|\btruce\b|соглашени|подписал|договорил|меморандум|перемири|توافق|امضا|تفاهم‌?نامه|آتش‌?بس/iu),
  t('meeting', 'Strategic developments', 'Other', /\bmet\b|\bmeeting\b|\btalks\b|\bconsultations\b|\bvisit(?:ed)?\b|\bsummit\b|встретил|встреч|переговор|консультаци|визит|саммит|دیدار|ملاقات|گفتگو|مذاکره|نشست/iu),
  // Military exercises are not in ACLED's codebook, but a border analyst records them.
  t('exercise', 'Strategic developments', 'Other', /\b(?:military |joint )?(?:drills|exercises|manoeuvres|maneuvers)\b|учени[яй]|манёвр|маневр|رزمایش|تمرینات نظامی/iu),
  t('statement', 'Strategic developments', 'Other', /\bannounced\b|\bdeclared\b|\bwarned\b|\bthreatened\b|\bcondemned\b|\bissued a statement\b|\bvowed\b|заявил|заявила|заявили|объявил|предупредил|пригрозил|осудил|اعلام کرد|هشدار داد|تهدید کرد|محکوم کرد|گفت/iu, true),
];

/** Words after "attack" that make the victims security forces, which ACLED codes as a battle. */
export const SECURITY_TARGET = /\b(?:checkpoint|post|outpost|base|soldiers|troops|police|policemen|guards|border guards|forces|convoy|patrol)\b|пост|заставу|военнослужащих|пограничник|полици|پاسگاه|نیروهای امنیتی|سربازان|پولیس/iu;
