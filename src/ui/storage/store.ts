// The saved runs in progress, the history of finished runs and the trainee's own scenarios. Everything
// is read and checked once when the game opens; after that the menu reads from memory and every change
// is written through. A record that fails its check is set aside under its own key (never deleted) and
// reported; a write that fails is reported too, so nothing is lost without the player being told.
import { HISTORY_KEY as LEGACY_HISTORY, SAVE_KEY as LEGACY_SAVE, type SaveProblem } from "../save.ts";
import { type Backend, localStorageOrNull, Unreadable } from "./backend.ts";
import {
  type Checked,
  checkHistoryItem,
  checkOwn,
  checkRun,
  type HistoryItem,
  migrateSave,
  type RunRecord,
} from "./records.ts";

/** Runs in progress kept at once (one per scenario and role); beyond it the oldest is set aside. */
export const MAX_RUNS = 8;
export const MAX_HISTORY = 30;
/** Set-aside records kept; beyond it the oldest go, so a long life of capped runs cannot fill the disk. */
export const MAX_ASIDE = 40;

const HISTORY = "history";
const RUN = "run:";
const OWN = "own:";
const ASIDE = "aside:";

export type Kind = "run" | "history" | "historyList" | "own";

/** What the player is told about; the UI words it in the player's language. */
export type StoreNotice =
  | { t: "asideRead"; kind: Kind; detail: string | SaveProblem }
  | { t: "migrated" }
  | { t: "capped"; run: RunRecord }
  | { t: "writeFailed"; kind: Kind };

export interface AsideRecord {
  kind: Kind;
  key: string;
  reason: string;
  setAsideAt: string;
  value: unknown;
}

export class SaveStore {
  private runList = new Map<string, RunRecord>();
  private historyList: HistoryItem[] = [];
  private ownTexts = new Map<string, string>();
  private pending: StoreNotice[] = [];
  private asideCount = 0;
  /** Called after each write with whether it was kept; the UI shows or clears its message. */
  onWrite: (kind: Kind, ok: boolean) => void = () => {};

  private constructor(
    readonly backend: Backend,
    private readonly now: () => string,
  ) {}

  /** Opens, checks and migrates everything. Never rejects: what cannot be read is reported. */
  static async open(backend: Backend, now: () => string): Promise<SaveStore> {
    const store = new SaveStore(backend, now);
    try {
      await store.load();
    } catch {
      // The backend failed while reading (storage revoked mid-way): play on with what was read.
      store.pending.push({ t: "writeFailed", kind: "run" });
    }
    return store;
  }

  // ------------------------------------------------------------------ reading
  private async load(): Promise<void> {
    for (const key of await this.backend.keys(RUN)) {
      const checked = checkRun(await this.backend.get(key));
      if (checked.ok && checked.value.key === key.slice(RUN.length))
        this.runList.set(checked.value.key, checked.value);
      else await this.readFailed("run", key, checked.ok ? "key" : checked.field);
    }
    await this.loadHistory();
    await this.migrate();
    this.asideCount = (await this.backend.keys(ASIDE)).length;
  }

  private async loadHistory(): Promise<void> {
    const raw = await this.backend.get(HISTORY);
    if (raw === undefined) return;
    if (!Array.isArray(raw)) {
      await this.readFailed("historyList", HISTORY, raw instanceof Unreadable ? "json" : "(list)");
      return;
    }
    const good = await this.keepGood(raw, HISTORY);
    this.historyList = good;
    if (good.length !== raw.length) await this.write("history", () => this.backend.put(HISTORY, good));
  }

  /** The good entries of a list; each bad one is set aside with the field that is wrong. */
  private async keepGood(list: unknown[], key: string): Promise<HistoryItem[]> {
    const good: HistoryItem[] = [];
    for (const [i, entry] of list.entries()) {
      const checked: Checked<HistoryItem> = checkHistoryItem(entry);
      if (checked.ok) good.push(checked.value);
      else
        await this.setAside("history", `${key}[${i}]`, checked.field, entry, {
          t: "asideRead",
          kind: "history",
          detail: checked.field,
        });
    }
    return good;
  }

  /**
   * Moves the one-slot save and the history of versions 1 and 2 (localStorage keys spiegelspel.save and
   * spiegelspel.history) into the store; the old key goes only once its content is safely elsewhere.
   */
  private async migrate(): Promise<void> {
    const local = localStorageOrNull();
    if (!local) return;
    const get = (k: string) => {
      try {
        return local.getItem(k);
      } catch {
        return null;
      }
    };
    const drop = (k: string) => {
      try {
        local.removeItem(k);
      } catch {
        // Left in place: read (and skipped as already moved) next time.
      }
    };
    const save = get(LEGACY_SAVE);
    if (save !== null) {
      const m = migrateSave(save);
      if (!m.ok) {
        const reason = m.detail.reason ?? { key: "save_damaged" };
        if (
          await this.setAside("run", LEGACY_SAVE, reason.key, save, {
            t: "asideRead",
            kind: "run",
            detail: reason,
          })
        )
          drop(LEGACY_SAVE);
      } else {
        // In memory whatever happens, so this visit can resume it; the old key goes only once both
        // records are written. A newer run of the same scenario and role already in the store wins.
        const ownKept = m.own ? await this.keepOwn(m.own.hash, m.own.text, "own") : true;
        const runKept = this.runList.has(m.run.key) || (await this.putRun(m.run));
        if (ownKept && runKept) {
          drop(LEGACY_SAVE);
          this.pending.push({ t: "migrated" });
        } else this.pending.push({ t: "writeFailed", kind: ownKept ? "run" : "own" });
      }
    }
    const history = get(LEGACY_HISTORY);
    if (history !== null) {
      let list: unknown;
      try {
        list = JSON.parse(history);
      } catch {
        list = new Unreadable(history);
      }
      if (!Array.isArray(list)) {
        const field = list instanceof Unreadable ? "json" : "(list)";
        if (
          await this.setAside("historyList", LEGACY_HISTORY, field, history, {
            t: "asideRead",
            kind: "historyList",
            detail: field,
          })
        )
          drop(LEGACY_HISTORY);
        return;
      }
      const good = await this.keepGood(list, LEGACY_HISTORY);
      const merged = [...this.historyList, ...good]
        .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
        .slice(0, MAX_HISTORY);
      if (await this.write("history", () => this.backend.put(HISTORY, merged))) {
        this.historyList = merged;
        drop(LEGACY_HISTORY);
      } else this.historyList = merged;
    }
  }

  private async readFailed(kind: Kind, key: string, field: string): Promise<void> {
    let value: unknown;
    try {
      value = await this.backend.get(key);
    } catch {
      value = undefined;
    }
    if (value instanceof Unreadable) value = value.raw;
    if (await this.setAside(kind, key, field, value, { t: "asideRead", kind, detail: field }))
      await this.backend.delete(key).catch(() => {});
  }

  /**
   * Keeps `value` under a key of its own and says so. False when it could not be written: then the
   * original stays where it is (the caller does not delete it) and is skipped again next time.
   */
  private async setAside(
    kind: Kind,
    key: string,
    reason: string,
    value: unknown,
    notice: StoreNotice | null,
  ): Promise<boolean> {
    if (notice) this.pending.push(notice);
    const at = this.now();
    const record: AsideRecord = { kind, key, reason, setAsideAt: at, value };
    const id = `${ASIDE}${at}#${Math.random().toString(36).slice(2, 8)}`;
    try {
      await this.backend.put(id, record);
    } catch {
      return false;
    }
    this.asideCount++;
    if (this.asideCount > MAX_ASIDE) await this.trimAside();
    return true;
  }

  private async trimAside(): Promise<void> {
    try {
      const keys = (await this.backend.keys(ASIDE)).sort();
      for (const k of keys.slice(0, Math.max(0, keys.length - MAX_ASIDE))) await this.backend.delete(k);
      this.asideCount = Math.min(keys.length, MAX_ASIDE);
    } catch {
      // Trimming is housekeeping only.
    }
  }

  // ------------------------------------------------------------------ the menu's view
  /** Runs in progress, the most recently played first. */
  runs(): RunRecord[] {
    return [...this.runList.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  run(key: string): RunRecord | undefined {
    return this.runList.get(key);
  }

  history(): HistoryItem[] {
    return [...this.historyList];
  }

  /** Notices gathered since the last call (reading, migrating, capping, failed writes). */
  takeNotices(): StoreNotice[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** An own scenario's text by its hash; undefined when it was never kept or cannot be read. */
  async ownText(hash: string): Promise<string | undefined> {
    const known = this.ownTexts.get(hash);
    if (known !== undefined) return known;
    try {
      const checked = checkOwn(await this.backend.get(OWN + hash));
      if (!checked.ok) return undefined;
      this.ownTexts.set(hash, checked.value.text);
      return checked.value.text;
    } catch {
      return undefined;
    }
  }

  // ------------------------------------------------------------------ writing
  /** Runs `fn`, tells `onWrite` how it went, and never rejects. */
  private async write(kind: Kind, fn: () => Promise<void>): Promise<boolean> {
    let ok = true;
    try {
      await fn();
    } catch {
      ok = false;
    }
    this.onWrite(kind, ok);
    return ok;
  }

  private putRun(run: RunRecord): Promise<boolean> {
    this.runList.set(run.key, run);
    return this.write("run", () => this.backend.put(RUN + run.key, run));
  }

  /**
   * Stores an own scenario's text once under its hash (a run only names the hash). Kept in memory
   * either way: this visit can still resume it, and the player is told when it is not stored.
   */
  private keepOwn(hash: string, text: string, name: string): Promise<boolean> {
    if (this.ownTexts.get(hash) === text) return Promise.resolve(true);
    this.ownTexts.set(hash, text);
    return this.write("own", () => this.backend.put(OWN + hash, { format: "spiegelspel-own", name, text }));
  }

  /**
   * Saves a run in progress (its moves, not what they produced). An own scenario's text is stored once.
   * When a new scenario and role would make more than MAX_RUNS, the oldest run is set aside.
   */
  async saveRun(run: RunRecord, own?: { text: string; name: string }): Promise<boolean> {
    const oldest =
      !this.runList.has(run.key) && this.runList.size >= MAX_RUNS ? this.runs().at(-1) : undefined;
    // Started before any await: saves are written in the order the moves were made (IndexedDB keeps
    // the order transactions were created in; localStorage writes at once).
    const writing = this.putRun(run);
    const keeping = own && run.own ? this.keepOwn(run.own, own.text, own.name) : undefined;
    if (oldest) {
      this.pending.push({ t: "capped", run: oldest });
      await this.setRunAside(oldest.key, "capped");
    }
    await keeping;
    return writing;
  }

  /** A finished run leaves the runs in progress; an own text nobody refers to any more goes too. */
  async finishRun(key: string): Promise<void> {
    const run = this.runList.get(key);
    this.runList.delete(key);
    await this.backend.delete(RUN + key).catch(() => {});
    if (run?.own && ![...this.runList.values()].some((r) => r.own === run.own)) {
      this.ownTexts.delete(run.own);
      await this.backend.delete(OWN + run.own).catch(() => {});
    }
  }

  /** Moves a run (with its own scenario's text when only it uses it) to the set-aside records. */
  async setRunAside(key: string, reason: string): Promise<boolean> {
    const run = this.runList.get(key);
    if (!run) return false;
    const ownText = run.own ? await this.ownText(run.own) : undefined;
    const value = ownText === undefined ? { run } : { run, ownText };
    if (!(await this.setAside("run", RUN + key, reason, value, null))) return false;
    this.runList.delete(key);
    await this.backend.delete(RUN + key).catch(() => {});
    if (run.own && ![...this.runList.values()].some((r) => r.own === run.own)) {
      this.ownTexts.delete(run.own);
      await this.backend.delete(OWN + run.own).catch(() => {});
    }
    return true;
  }

  async addHistory(item: HistoryItem): Promise<boolean> {
    const list = [item, ...this.historyList].slice(0, MAX_HISTORY);
    this.historyList = list;
    return this.write("history", () => this.backend.put(HISTORY, list));
  }
}
