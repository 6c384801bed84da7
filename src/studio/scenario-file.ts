// Opening and exporting a scenario file. Opening only needs JSON: the live checks then show every
// problem in place, so a half-finished file can be opened and finished. Text that is not JSON gets
// validate's own message (where and what), in the studio's language.
import { formatProblems } from "../engine/load/group-problems.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { StudioLang } from "./panel-host.ts";

export type OpenResult = { ok: true; doc: unknown } | { ok: false; problems: string[] };

export function readScenarioText(text: string, name: string, lang: StudioLang): OpenResult {
  try {
    const doc = JSON.parse(text) as unknown;
    if (doc !== null && typeof doc === "object" && !Array.isArray(doc)) return { ok: true, doc };
  } catch {
    // Not JSON: loadScenario says where and what.
  }
  const problems = loadScenario(text, name).problems.filter((p) => p.severity === "error");
  return { ok: false, problems: formatProblems(problems, lang) };
}

export async function readScenarioFile(file: File, lang: StudioLang): Promise<OpenResult> {
  return readScenarioText(await file.text(), file.name, lang);
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
