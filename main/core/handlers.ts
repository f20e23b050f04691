import type { Method, Output, ParsedInput } from '../../shared/ipc/contract';
import type { Services } from './services';

/** One function per contract method, taking the already-validated input. Knows nothing of transports. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> | Output<M> };

const fromBase64 = (b64: string): Uint8Array => Buffer.from(b64, 'base64');

export function createHandlers(s: Services): Handlers {
  return {
    'notebook.info': () => s.notebook.info(),
    'notebook.updateMeta': (i) => s.notebook.updateMeta(i),
    'notebook.loadSample': () => s.sample.load(),

    'notes.list': (i) => s.notes.list(i),
    'notes.get': (i) => s.notes.get(i.id),
    'notes.create': (i) => s.notes.create(i),
    'notes.update': (i) => s.notes.update(i),
    'notes.delete': (i) => s.notes.delete(i.id),
    'notes.restore': (i) => s.notes.restore(i.note, i.eventIds),

    'sources.list': (i) => s.sources.list(i),
    'sources.get': (i) => s.sources.get(i.id),
    'sources.text': async (i) => ({ text: await s.sources.text(i.id) }),
    'sources.update': (i) => s.sources.update(i.id, i.patch),
    'sources.delete': (i) => s.sources.delete(i.id, i.force),
    'sources.import': ({ dataBase64, ...rest }) => s.sources.importFile({ ...rest, data: fromBase64(dataBase64) }),
    'sources.extract': (i) => s.extract.extract(i.id),
    'sources.acceptCandidate': (i) => s.candidates.accept(i.id, i.key, i.event),
    'sources.dismissCandidate': (i) => s.candidates.dismiss(i.id, i.key, i.dismissed),

    'events.list': (i) => s.events.list(i),
    'events.get': (i) => s.events.get(i.id),
    'events.create': (i) => s.events.create(i),
    'events.update': (i) => s.events.update(i.id, i.patch),
    'events.delete': (i) => s.events.delete(i.id),

    'links.get': (i) => s.links.get(i.id),
    'search.query': (i) => s.search.search(i),
    'search.status': () => s.search.status(),

    'dossiers.list': () => s.dossiers.list(),
    'dossiers.get': (i) => s.dossiers.get(i.id),
    'dossiers.create': (i) => s.dossiers.create(i),
    'dossiers.update': (i) => s.dossiers.update(i.id, i.patch),
    'dossiers.delete': (i) => s.dossiers.delete(i.id),
    'dossiers.preview': async (i) => {
      const c = await s.dossiers.content(i);
      return { notes: c.notes.map((n) => ({ id: n.id, title: n.title, tags: n.tags })), events: c.events.length, sources: c.sources.length };
    },
    'dossier.export': (i) => s.exports.runForClient(i),
    'dossier.exportProgress': (i) => s.exports.progress(i.jobId),
    'dossier.exportCancel': (i) => s.exports.cancel(i.jobId),

    'geo.findPlace': (i) => s.geo.findPlace(i.query, i.limit),
    'geo.nearestPlace': (i) => s.geo.nearestPlace(i.lat, i.lng),

    'shell.openExternal': (i) => s.externalLinks.open(i.url),

    'map.getTileSource': () => s.tiles.get(),
    'map.setTileSource': (i) => s.tiles.set(i.source),
  };
}
