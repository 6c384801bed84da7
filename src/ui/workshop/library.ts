// The workshop server's library in the trainer's scenario picker: scenarios published from the studio,
// listed after the bundled ones under their own heading. Their option values carry a prefix, so a
// library scenario never passes for a bundled one of the same id.
import type { Scenario, Text } from "../../engine/format/schema.ts";
import { loadScenario } from "../../engine/load/load.ts";
import { tr } from "../../engine/report/localize.ts";
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";

export const LIBRARY_PREFIX = "library:";

interface Item {
  id: string;
  title: Text;
}

const HEADING = { nl: "Gepubliceerd vanuit de studio", en: "Published from the studio" } satisfies Record<
  Lang,
  string
>;

async function call(path: string, body: unknown): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Adds the library's scenarios to `select` when the server has any; a server without a library adds nothing. */
export async function addLibraryOptions(select: HTMLSelectElement, lang: Lang): Promise<void> {
  const answer = await call("/workshop/api/library/list", {});
  const items = Array.isArray(answer?.scenarios) ? (answer.scenarios as Item[]) : [];
  if (items.length === 0) return;
  select.append(
    el(
      "optgroup",
      { label: HEADING[lang], id: "ws-library" },
      ...items.map((s) => el("option", { value: `${LIBRARY_PREFIX}${s.id}`, text: tr(s.title, lang) })),
    ),
  );
}

/** The library scenario's text, checked here too (the trainer's screen shows it). */
export async function libraryScenario(id: string): Promise<{ text: string; scenario: Scenario } | null> {
  const answer = await call("/workshop/api/library/get", { id });
  if (typeof answer?.text !== "string") return null;
  const loaded = loadScenario(answer.text, `${id}.json`);
  return loaded.scenario ? { text: answer.text, scenario: loaded.scenario } : null;
}
