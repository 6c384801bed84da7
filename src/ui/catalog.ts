// The scenarios the game offers. The menu only needs each one's title, summary and roles, which the
// build reads into a small index (vite.config.ts); the full file is fetched from the game's own origin
// and checked like any other scenario only when it is played, so the menu is usable at once however
// many scenarios there are. A bundled file with problems is reported when chosen, never breaks the menu.
import type { Scenario, Text } from "../engine/format/schema.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { Problem } from "../engine/load/problems.ts";
import { ROLES, type Role } from "../engine/rules/catalog.ts";

export interface Loaded {
  scenario?: Scenario;
  problems: Problem[];
  text: string;
}

export interface CatalogEntry {
  id: string;
  file: string;
  title: Text | null;
  summary: Text | null;
  roles: Role[];
  /** The checked scenario when it is already at hand (so most flows stay synchronous), else undefined. */
  peek(): Loaded | undefined;
  load(): Promise<Loaded>;
}

export interface IndexEntry {
  file: string;
  url: string;
  meta: { id: string; title: Text; summary: Text; roles: string[] } | null;
}

function check(text: string, file: string): Loaded {
  const result = loadScenario(text, file);
  const loaded: Loaded = { problems: result.problems, text };
  if (result.scenario) loaded.scenario = result.scenario;
  return loaded;
}

const asRoles = (xs: string[]): Role[] => ROLES.filter((r) => xs.includes(r));

/** From scenario texts at hand (tests, and a scenario the trainee brings). */
export function buildCatalog(files: Record<string, string>): CatalogEntry[] {
  return Object.entries(files)
    .filter(([file]) => !file.endsWith("scenario.schema.json"))
    .map(([path, text]) => {
      const file = path.split("/").pop() ?? path;
      let loaded: Loaded | undefined;
      const get = () => {
        loaded ??= check(text, file);
        return loaded;
      };
      const s = get().scenario;
      return {
        id: s?.id ?? file,
        file,
        title: s?.title ?? null,
        summary: s?.summary ?? null,
        roles: s ? asRoles(Object.keys(s.roles)) : [],
        peek: get,
        load: async () => get(),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** From the build's index: files are fetched (same origin) and checked when first needed. */
export function catalogFromIndex(
  index: IndexEntry[],
  fetchText: (url: string) => Promise<string>,
): CatalogEntry[] {
  return index
    .filter((e) => !e.file.endsWith("scenario.schema.json"))
    .map((e) => {
      let loaded: Loaded | undefined;
      let loading: Promise<Loaded> | undefined;
      return {
        id: e.meta?.id ?? e.file,
        file: e.file,
        title: e.meta?.title ?? null,
        summary: e.meta?.summary ?? null,
        roles: asRoles(e.meta?.roles ?? []),
        peek: () => loaded,
        load: () => {
          loading ??= fetchText(e.url).then(
            (text) => {
              loaded = check(text, e.file);
              return loaded;
            },
            (error: unknown) => {
              loaded = {
                text: "",
                problems: [
                  {
                    severity: "error",
                    code: "not-loaded",
                    file: e.file,
                    path: [],
                    where: "",
                    message: `could not be loaded: ${String(error)}`,
                  },
                ],
              };
              return loaded;
            },
          );
          return loading;
        },
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
