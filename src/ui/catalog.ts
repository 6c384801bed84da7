// The scenarios the game offers: the bundled ones, checked on load like any other, plus one the trainee
// brings. Bad bundled files are listed with their problems instead of breaking the menu.
import type { Scenario } from "../engine/format/schema.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { Problem } from "../engine/load/problems.ts";

export interface CatalogEntry {
  id: string;
  file: string;
  scenario?: Scenario;
  problems: Problem[];
  text: string;
}

export function buildCatalog(files: Record<string, string>): CatalogEntry[] {
  return Object.entries(files)
    .filter(([file]) => !file.endsWith("scenario.schema.json"))
    .map(([file, text]) => {
      const name = file.split("/").pop() ?? file;
      const result = loadScenario(text, name);
      return {
        id: result.scenario?.id ?? name,
        file: name,
        scenario: result.scenario,
        problems: result.problems,
        text,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
