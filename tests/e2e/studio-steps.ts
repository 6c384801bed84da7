// Steps a trainer takes in the studio's forms, for the studio's browser checks: fill a field and leave
// it (which commits it), choose in a list, press a button that changes the document, open a beat, and
// open the studio itself on a copy of a bundled scenario or on a file.
import type { Page } from "playwright-core";

export type DocPath = (string | number)[];
export const at = (path: DocPath) => `[data-path='${JSON.stringify(path)}']`;

/** Types into the field at `path` and leaves it with Tab (which commits it), then waits for the redraw. */
export async function fill(page: Page, path: DocPath, value: string): Promise<void> {
  const sel = at(path);
  await page.$eval(sel, (e) => {
    (e as HTMLElement).dataset.old = "1";
  });
  await page.fill(sel, value);
  await page.press(sel, "Tab");
  await page.waitForSelector(`${sel}:not([data-old])`);
}

export async function choose(page: Page, path: DocPath, value: string): Promise<void> {
  const sel = at(path);
  // Choosing what is already chosen changes nothing, so there is no redraw to wait for.
  if ((await page.$eval(sel, (e) => (e as HTMLSelectElement).value)) === value) return;
  await page.$eval(sel, (e) => {
    (e as HTMLElement).dataset.old = "1";
  });
  await page.selectOption(sel, value);
  await page.waitForSelector(`${sel}:not([data-old])`);
}

/** Clicks a button that changes the document or the form shown, and waits for the forms to be drawn again. */
export async function press(page: Page, selector: string): Promise<void> {
  await page.$eval("#forms-editor", (e) => {
    (e as HTMLElement).dataset.old = "1";
    for (const c of e.children) (c as HTMLElement).dataset.old = "1";
  });
  await page.click(selector);
  await page.waitForSelector("#forms-editor > :not([data-old])");
}

/** The index in `beats` of the beat whose form is open. */
export const beatIndex = (page: Page) =>
  page.$eval("#beat-form-title", (h) => {
    const input = h.parentElement?.querySelector<HTMLElement>("[data-path]");
    return (JSON.parse(input?.dataset.path ?? "[]") as DocPath)[1] as number;
  });

/** Opens a beat's form from the list of beats; returns its index. */
export async function openBeat(page: Page, id: string): Promise<number> {
  await press(page, `.nav-item[data-beat="${id}"]`);
  return beatIndex(page);
}

/** Shows a panel by its tab (its area's other panel is put away). */
export async function showTab(page: Page, id: string): Promise<void> {
  await page.click(`#studio-tab-${id}`);
  await page.waitForSelector(`#studio-tab-${id}[aria-selected="true"]`);
}

/** The studio at its address with a copy of a bundled scenario, as a trainer makes one from the toolbar. */
export async function studioWithCopy(page: Page, url: string, scenario: string): Promise<void> {
  await page.goto(`${url}#studio`);
  await page.waitForSelector(".forms-nav");
  await page.selectOption("#studio-copy-of", scenario);
  await page.click("#studio-copy");
  await page.waitForFunction(
    (s) => document.getElementById("studio-status")?.textContent?.includes(`${s}.json`) ?? false,
    scenario,
  );
}

/** The studio at its address with a file opened from the toolbar. */
export async function studioWithFile(page: Page, url: string, name: string, text: string): Promise<void> {
  await page.goto(`${url}#studio`);
  await page.waitForSelector(".forms-nav");
  await page.setInputFiles("#studio-open", {
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  await page.waitForFunction(
    (n) => document.getElementById("studio-status")?.textContent?.includes(n) ?? false,
    name,
  );
}
