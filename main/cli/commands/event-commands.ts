import type { Command } from 'commander';
import { FrontierError } from '../../../shared/ipc/errors';
import { ACLED_EVENT_TYPES, ACLED_TAXONOMY, findEventType, findSubEventType } from '../../../shared/geo/acled';
import { DatePrecision, GeoPrecision } from '../../../shared/model';
import { formatEvent, printJson, table, type Print } from '../output';
import { collect, parseNumber } from '../read-input';
import { resolveItem } from '../resolve-item';
import { withNotebook, type GlobalOptions } from '../session';

interface EventOptions {
  title: string;
  date: string;
  endDate?: string;
  precision: string;
  place: string;
  lat: string;
  lng: string;
  geoPrecision: string;
  type: string;
  subType: string;
  actor?: string[];
  fatalities?: string;
  injured?: string;
  source?: string[];
  note?: string[];
  tag?: string[];
  description?: string;
}

function acledType(type: string, subType: string) {
  const eventType = findEventType(type);
  if (!eventType) throw new FrontierError('INVALID_INPUT', `"${type}" is not an ACLED event type: ${ACLED_EVENT_TYPES.join('; ')}.`);
  const subEventType = findSubEventType(eventType, subType);
  if (!subEventType) throw new FrontierError('INVALID_INPUT', `"${subType}" is not a sub-event type of ${eventType}: ${ACLED_TAXONOMY[eventType].join('; ')}.`);
  return { eventType, subEventType };
}

export function registerEventCommands(program: Command, print: Print): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();
  const event = program.command('event').description('record events (ACLED taxonomy)');

  event
    .command('add')
    .description('add an event')
    .requiredOption('--title <title>')
    .requiredOption('--date <YYYY-MM-DD>', 'the (start) date')
    .option('--end-date <YYYY-MM-DD>', 'the end date of an event that lasted')
    .option('--precision <p>', `how exactly the date is known: ${DatePrecision.options.join(', ')}`, 'day')
    .requiredOption('--place <name>', 'place name')
    .requiredOption('--lat <lat>', 'latitude, WGS84 decimal degrees')
    .requiredOption('--lng <lng>', 'longitude, WGS84 decimal degrees')
    .option('--geo-precision <p>', `how exactly the place is known: ${GeoPrecision.options.join(', ')}`, 'exact')
    .requiredOption('--type <type>', `ACLED event type: ${ACLED_EVENT_TYPES.join('; ')}`)
    .requiredOption('--sub-type <subType>', 'ACLED sub-event type, e.g. "Armed clash"')
    .option('--actor <actor>', 'an actor (repeatable)', collect)
    .option('--fatalities <n>', 'people killed (omit when not reported)')
    .option('--injured <n>', 'people injured (omit when not reported)')
    .option('--source <id>', 'a source this event comes from (repeatable)', collect)
    .option('--note <note>', 'a note about this event, by id or title (repeatable)', collect)
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--description <text>')
    .action(async (o: EventOptions, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const created = await s.call('events.create', {
          title: o.title,
          description: o.description ?? '',
          date: o.date,
          ...(o.endDate ? { endDate: o.endDate } : {}),
          datePrecision: o.precision as DatePrecision,
          location: { name: o.place, lat: parseNumber('--lat', o.lat), lng: parseNumber('--lng', o.lng), precision: o.geoPrecision as GeoPrecision },
          ...acledType(o.type, o.subType),
          actors: o.actor ?? [],
          fatalities: o.fatalities === undefined ? null : parseNumber('--fatalities', o.fatalities, { integer: true }),
          injured: o.injured === undefined ? null : parseNumber('--injured', o.injured, { integer: true }),
          sourceIds: (o.source ?? []).map((r) => resolveItem(s, 'sources', r)),
          noteIds: (o.note ?? []).map((r) => resolveItem(s, 'notes', r)),
          tags: o.tag ?? [],
        });
        if (g(cmd).json) printJson(print, created);
        else print(`${created.id}  ${created.date}  ${created.title}`);
      }),
    );

  event
    .command('list')
    .option('--tag <tag>', 'only events with this tag')
    .action(async (opts: { tag?: string }, cmd: Command) =>
      withNotebook(
        g(cmd),
        async ({ call }) => {
          const list = await call('events.list', { ...(opts.tag ? { tag: opts.tag } : {}) });
          if (g(cmd).json) return printJson(print, list);
          print(list.length ? table(list.map((e) => [e.id, e.date, e.eventType, e.location.name, e.title])) : 'No events.');
        },
        true,
      ),
    );

  event
    .command('show <event>')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(
        g(cmd),
        async (s) => {
          const e = await s.call('events.get', { id: resolveItem(s, 'events', ref) });
          if (g(cmd).json) printJson(print, e);
          else print(formatEvent(e));
        },
        true,
      ),
    );

  event.command('rm <event>').action(async (ref: string, _o: unknown, cmd: Command) =>
    withNotebook(g(cmd), async (s) => {
      const removed = await s.call('events.delete', { id: resolveItem(s, 'events', ref) });
      if (g(cmd).json) printJson(print, removed);
      else print(`Deleted ${removed.id}  ${removed.title}`);
    }),
  );
}
