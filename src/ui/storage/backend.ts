// Where saved records live: IndexedDB when the browser offers it (its quota is far larger than
// localStorage's ~5 MB, which a few own scenarios or a busy site fill), else localStorage. Both behind
// the same small promise interface; neither ever throws synchronously.

/** A stored value that could not be decoded (localStorage holds text): kept as the raw text. */
export class Unreadable {
  constructor(readonly raw: string) {}
}

export interface Backend {
  readonly kind: "indexeddb" | "localstorage";
  get(key: string): Promise<unknown>;
  keys(prefix: string): Promise<string[]>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

const DB_NAME = "spiegelspel";
const STORE = "records";
/** localStorage keys of the store; the older single keys (spiegelspel.save, .history) are migrated. */
export const LOCAL_PREFIX = "spiegelspel.db:";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Opens the database; rejects when IndexedDB is missing, refused or does not answer in time. */
export async function idbBackend(factory: IDBFactory, timeoutMs = 3000): Promise<Backend> {
  const opening = factory.open(DB_NAME, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  // Another tab holding an older version, or a browser that never answers, must not hold up the menu.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const db = await Promise.race([
    request(opening),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("IndexedDB timed out")), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  // Resolves when the transaction is done, so a write counts as saved only once it is committed.
  const run = <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      try {
        const tx = db.transaction(STORE, mode);
        const r = fn(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(r.result);
        tx.onerror = () => reject(tx.error ?? r.error);
        tx.onabort = () => reject(tx.error ?? new Error("transaction aborted"));
      } catch (error) {
        reject(error);
      }
    });
  return {
    kind: "indexeddb",
    get: (key) => run("readonly", (s) => s.get(key)),
    keys: async (prefix) =>
      (await run("readonly", (s) => s.getAllKeys())).filter(
        (k): k is string => typeof k === "string" && k.startsWith(prefix),
      ),
    put: async (key, value) => {
      await run("readwrite", (s) => s.put(value, key));
    },
    delete: async (key) => {
      await run("readwrite", (s) => s.delete(key));
    },
  };
}

/** localStorage as JSON text. Writes happen at once (synchronously) and report through the promise. */
export function localBackend(storage: Storage): Backend {
  const attempt = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    kind: "localstorage",
    get: (key) =>
      attempt(() => {
        const raw = storage.getItem(LOCAL_PREFIX + key);
        if (raw === null) return undefined;
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          return new Unreadable(raw);
        }
      }),
    keys: (prefix) =>
      attempt(() => {
        const out: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(LOCAL_PREFIX + prefix)) out.push(k.slice(LOCAL_PREFIX.length));
        }
        return out;
      }),
    put: (key, value) => attempt(() => storage.setItem(LOCAL_PREFIX + key, JSON.stringify(value))),
    delete: (key) => attempt(() => storage.removeItem(LOCAL_PREFIX + key)),
  };
}

/** An in-memory store for when the browser keeps nothing at all: the game still runs. */
export function memoryBackend(): Backend {
  const map = new Map<string, unknown>();
  return {
    kind: "localstorage",
    get: async (key) => structuredClone(map.get(key)),
    keys: async (prefix) => [...map.keys()].filter((k) => k.startsWith(prefix)),
    put: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    delete: async (key) => {
      map.delete(key);
    },
  };
}

export function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** IndexedDB if it opens, else localStorage, else memory. */
export async function openBackend(): Promise<Backend> {
  try {
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (factory) return await idbBackend(factory);
  } catch {
    // Private modes and locked-down browsers refuse IndexedDB: localStorage is the fallback.
  }
  const local = localStorageOrNull();
  return local ? localBackend(local) : memoryBackend();
}
