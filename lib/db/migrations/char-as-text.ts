import { ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldsResult = { fields?: { dataTypeID: number }[]; rows?: unknown[] };

// Columns of each result that were `"char"`, keyed by the rows array that the adapter passes
// through unchanged into its result set.
const charColumns = new WeakMap<object, number[]>();

// The engine's schema describer selects pg_catalog columns of the internal `"char"` type, which
// @prisma/adapter-pg refuses ("Column type 'char' could not be deserialized"). The pg result is
// relabelled as text so the adapter accepts it, and `withCharColumns` then reports those
// columns as Character, the type the describer reads them as (text panics on CHECK constraints).
function charAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as FieldsResult[]) {
    const columns: number[] = [];
    r?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      columns.push(i);
    });
    if (columns.length && r.rows) charColumns.set(r.rows, columns);
  }
  return result;
}

/** Reports the columns `CharAsTextClient` relabelled as Character in the adapter's results. */
export function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

type Callback = (err: Error | null, res: unknown) => void;

/** A pg client that relabels `"char"` result columns as text (OID 18 → 25). */
export class CharAsTextClient extends pg.Client {
  // pg.Pool calls query() with a callback, the adapter without one: handle both shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client.query is overloaded; this override serves every overload
  override query(...args: unknown[]): any {
    const [config] = args;
    const query = super.query as (...a: unknown[]) => unknown;
    if (typeof (config as { submit?: unknown })?.submit === "function") return query.apply(this, args);
    const last = args.at(-1);
    if (typeof last === "function") {
      const cb = last as Callback;
      return query.apply(this, [...args.slice(0, -1), (err: Error | null, res: unknown) => cb(err, err ? res : charAsText(res))]);
    }
    return (query.apply(this, args) as Promise<unknown>).then(charAsText);
  }
}
