// The store's notices in the player's language: one calm sentence per kind, set aside records listed.
import { type Lang, t } from "../i18n.ts";
import type { SaveProblem } from "../save.ts";
import type { StoreNotice } from "./store.ts";
import { MAX_RUNS } from "./store.ts";
import { st } from "./strings.ts";

function detailText(lang: Lang, detail: string | SaveProblem): string {
  if (typeof detail !== "string")
    return t(lang, detail.key, detail.detail === undefined ? {} : { detail: detail.detail });
  if (detail === "json") return st(lang, "notJson");
  if (detail === "(list)") return st(lang, "notList");
  return st(lang, "fieldWrong", { field: detail });
}

/** One paragraph for everything gathered; `what` names a run (title · role) for the capped notice. */
export function noticeText(
  lang: Lang,
  notices: readonly StoreNotice[],
  what: (run: Extract<StoreNotice, { t: "capped" }>["run"]) => string,
): string | null {
  const parts: string[] = [];
  const asides = notices.filter((n) => n.t === "asideRead");
  if (asides.length > 0) {
    const list = asides.map((n) => st(lang, `aside_${n.kind}`, { detail: detailText(lang, n.detail) }));
    parts.push(st(lang, "asideIntro", { list: list.join("; ") }));
  }
  if (notices.some((n) => n.t === "migrated")) parts.push(t(lang, "saveMigrated"));
  for (const n of notices)
    if (n.t === "capped") parts.push(st(lang, "capped", { max: MAX_RUNS, what: what(n.run) }));
  for (const kind of ["run", "own", "history"] as const)
    if (notices.some((n) => n.t === "writeFailed" && n.kind === kind))
      parts.push(st(lang, `writeFailed_${kind}`));
  return parts.length > 0 ? parts.join(" ") : null;
}
