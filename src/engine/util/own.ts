// Lookups on records whose keys come from a scenario or a save. A plain `record[key]` also finds what
// every object inherits (`toString`, `constructor`, `isPrototypeOf`…), so an id or a key named like one
// would read a function where the engine expects data. Only own properties count as data.

/** The record's own value for `key`, never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
