import { QUERY_HELP } from '../../../shared/search';

/** The query language, from the same table as `frontier search --help`. */
export function SearchHelp({ id }: { id: string }) {
  return (
    <div className="search-help" id={id} role="note" aria-label="Search syntax">
      <dl>
        {QUERY_HELP.map((h) => (
          <div key={h.syntax} className="search-help-row">
            <dt>
              <code>{h.syntax}</code>
            </dt>
            <dd>{h.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
