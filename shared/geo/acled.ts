import { z } from 'zod';

/**
 * ACLED's event taxonomy (codebook 2023+): six event types, each with its own sub-event types.
 * Spelled exactly as ACLED writes them so that CSV exports round-trip with ACLED's own data.
 */
export const ACLED_TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type AcledEventType = keyof typeof ACLED_TAXONOMY;
export type AcledSubEventType = (typeof ACLED_TAXONOMY)[AcledEventType][number];

export const ACLED_EVENT_TYPES = Object.keys(ACLED_TAXONOMY) as AcledEventType[];
export const AcledEventTypeSchema = z.enum(ACLED_EVENT_TYPES as [AcledEventType, ...AcledEventType[]]);

export function isSubEventOf(type: AcledEventType, subType: string): boolean {
  return (ACLED_TAXONOMY[type] as readonly string[]).includes(subType);
}

/** Finds a type or sub-type by a case-insensitive name, so the CLI accepts `--type battles`. */
export function findEventType(name: string): AcledEventType | undefined {
  const n = name.trim().toLowerCase();
  return ACLED_EVENT_TYPES.find((t) => t.toLowerCase() === n);
}

export function findSubEventType(type: AcledEventType, name: string): AcledSubEventType | undefined {
  const n = name.trim().toLowerCase();
  return ACLED_TAXONOMY[type].find((s) => s.toLowerCase() === n);
}
