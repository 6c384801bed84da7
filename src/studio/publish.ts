// Publishing a checked scenario to the workshop server's library, so a trainer can pick it when opening
// a workshop. Only a scenario without errors is sent; the server checks it again with the same loader and
// limits as a trainer's upload, and asks for the publish key its operator set (docs/workshop.md).
import { formatProblems } from "../engine/load/group-problems.ts";
import { loadScenarioValue } from "../engine/load/load.ts";
import type { Problem } from "../engine/load/problems.ts";
import { clear, el } from "../ui/dom.ts";
import { codeText } from "../ui/workshop/strings.ts";
import type { StudioLang } from "./panel-host.ts";
import { w } from "./words.ts";

export const LIBRARY_PUBLISH = "/workshop/api/library/publish";

export function openPublish(slot: HTMLElement, doc: unknown, lang: StudioLang): void {
  clear(slot);
  const result = el("p", { id: "studio-publish-result", role: "status" });
  const errors = loadScenarioValue(doc).problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    result.textContent = w(lang, "publishNotChecked", { count: errors.length });
    slot.append(result);
    return;
  }
  const key = el("input", { type: "password", id: "studio-publish-key", autocomplete: "off" });
  const form = el(
    "form",
    { class: "studio-publish card", "aria-labelledby": "studio-publish-title" },
    el("h2", { id: "studio-publish-title", text: w(lang, "publishTitle") }),
    el("label", { for: "studio-publish-key", text: w(lang, "publishKey") }),
    key,
    el("button", {
      type: "submit",
      id: "studio-publish-send",
      class: "primary",
      text: w(lang, "publishSend"),
    }),
    result,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void send(doc, key.value, lang).then((text) => {
      result.textContent = text;
    });
  });
  slot.append(form);
  key.focus();
}

async function send(doc: unknown, key: string, lang: StudioLang): Promise<string> {
  let res: Response;
  try {
    res = await fetch(LIBRARY_PUBLISH, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Publish-Key": key },
      body: JSON.stringify({ scenarioText: JSON.stringify(doc) }),
    });
  } catch {
    return w(lang, "publishUnreachable");
  }
  const body = (await res.json().catch(() => null)) as {
    code?: string;
    title?: { nl: string; en?: string };
    problems?: Problem[];
  } | null;
  if (res.ok) return w(lang, "publishDone", { title: body?.title?.[lang] ?? body?.title?.nl ?? "" });
  if (res.status === 404 || res.status === 405 || !body) return w(lang, "publishUnreachable");
  // The server's code in the studio's language (the workshop's words), and the checks' own messages.
  const problems = body.problems ? formatProblems(body.problems, lang).slice(0, 3).join(" ") : "";
  return w(lang, "publishRefused", { why: `${codeText(lang, body.code)} ${problems}`.trim() });
}
