// A meeting being played: the one object the game, the CLI and the tests drive. It wraps the compiled
// machine's actor, checks every move before sending it (so a bad move is an answer, not a silent no-op),
// and records the moves so a run can be saved, resumed and replayed exactly.

import { createActor } from "xstate";
import type { CompiledScenario } from "../compile/compile.ts";
import type { Beat, Move, Text } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import {
  type Context,
  chooseEvent,
  type FreeJudgement,
  type LogEntry,
  type MachineEvent,
  type NoteTag,
} from "../runtime/context.ts";
import { toArray } from "../runtime/plist.ts";
import { canNote } from "../runtime/steps.ts";
import { own } from "../util/own.ts";
import { pendingMove } from "./pending-move.ts";
import { type Refusal, type RefusalCode, type RefusalParams, refusal } from "./refusals.ts";

export type Lang = "nl" | "en";

/** The utterance judge as the session needs it; injected so the engine runs without a model in tests. */
export type Judge = (
  text: string,
  role: "listener" | "facilitator",
  explainIn: Lang,
) => { label: string; allowed: boolean; confidence: number; why: string; cues: { text: string }[] };

export type MoveRecord =
  | { choose: string }
  | { pick: string[] }
  | { say: string }
  | { wait: true }
  | { note: string; tag: NoteTag };

export interface PendingMove {
  beat: string;
  kind: Move["kind"];
  prompt: Text;
  choices: { id: string; text: Text; label?: string }[];
  min: number;
  max: number;
  windowSeconds?: number;
  onTimeout?: string;
  freeText?: { prompt: Text };
}

/** A refusal carries a code and parameters (for the game to word) and an English `error` (for the CLI);
 * `index` says which move of a replay it was. */
export type MoveResult = { ok: true } | (Refusal & { index?: number });

export { DEFAULT_URGE_SECONDS } from "./pending-move.ts";

export class Session {
  private readonly actor;
  readonly moves: MoveRecord[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly compiled: CompiledScenario,
    private readonly options: { seed?: number; judge?: Judge } = {},
  ) {
    this.actor = createActor(compiled.machine, { input: { seed: options.seed ?? 0 } });
    // With an error observer XState keeps a failing step to the actor instead of rethrowing it later
    // from a timer, where nothing can catch it (in Node that ends the process); failed() throws it here.
    this.actor.subscribe({
      next: () => {
        for (const listener of this.listeners) listener();
      },
      error: () => {},
    });
    this.actor.start();
    this.failed();
  }

  /** A step that threw (a bug, or data the loader should have refused) is thrown where it was asked for. */
  private failed(): void {
    const snapshot = this.actor.getSnapshot() as { status: string; error?: unknown };
    if (snapshot.status !== "error") return;
    const cause = snapshot.error;
    throw new Error(
      `the meeting stopped on an error: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }

  get role(): Role {
    return this.compiled.role;
  }

  get seed(): number {
    return this.options.seed ?? 0;
  }

  get context(): Context {
    return this.actor.getSnapshot().context;
  }

  get done(): boolean {
    return this.actor.getSnapshot().status === "done";
  }

  get hasJudge(): boolean {
    return this.options.judge !== undefined;
  }

  /** The whole log so far, oldest first. */
  log(): LogEntry[] {
    return toArray(this.context.log);
  }

  /** Called after every step; returns a function that stops the calls. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private currentBeat(): Beat | undefined {
    const snapshot = this.actor.getSnapshot();
    if (snapshot.status !== "active") return undefined;
    const beatId = this.compiled.beatOfState.get(String(snapshot.value));
    return beatId === undefined ? undefined : this.compiled.world.beats.get(beatId);
  }

  private currentMove(): Move | undefined {
    return this.currentBeat()?.moves?.[this.role];
  }

  pending(): PendingMove | null {
    const beat = this.currentBeat();
    const move = beat?.moves?.[this.role];
    if (!beat || !move) return null;
    return pendingMove(beat, move, this.seed, this.role, this.role !== "organiser");
  }

  choose(choice: string): MoveResult {
    // The hot path of every playthrough: checks the move without building a PendingMove.
    const move = this.currentMove();
    if (!move) return this.refuse("no-move");
    if (move.kind === "pick") return this.refuse("use-pick");
    if (!move.choices.some((c) => c.id === choice)) {
      return this.refuse("not-a-choice", { choice, choices: move.choices.map((c) => c.id).join(", ") });
    }
    this.moves.push({ choose: choice });
    this.send(chooseEvent(choice));
    return { ok: true };
  }

  pick(choices: string[]): MoveResult {
    const p = this.pending();
    if (!p) return this.refuse("no-move");
    if (p.kind !== "pick") return this.refuse("use-choose");
    const unknown = choices.filter((c) => !p.choices.some((x) => x.id === c));
    if (unknown.length > 0) return this.refuse("not-among", { unknown: unknown.join(", ") });
    if (new Set(choices).size !== choices.length) return this.refuse("picked-twice");
    if (choices.length < p.min || choices.length > p.max) {
      return this.refuse("pick-count", { min: p.min, max: p.max, picked: choices.length });
    }
    this.moves.push({ pick: [...choices] });
    this.send({ type: "pick", choices: [...choices] });
    return { ok: true };
  }

  /** Typed words: the judge labels them and the scenario's outcome for that label follows. */
  say(text: string): MoveResult {
    const p = this.pending();
    if (!p) return this.refuse("no-move");
    if (!p.freeText) return this.refuse("no-free-text");
    const judge = this.options.judge;
    if (!judge || this.role === "organiser") return this.refuse("no-judge");
    const words = text.trim();
    if (words.length === 0) return this.refuse("empty-text");
    const role = this.role as "listener" | "facilitator";
    const nl = judge(words, role, "nl");
    const en = judge(words, role, "en");
    const judgement: FreeJudgement = {
      label: nl.label,
      allowed: nl.allowed,
      confidence: nl.confidence,
      why: { nl: nl.why, en: en.why },
      cues: nl.cues.map((c) => c.text),
    };
    this.moves.push({ say: words });
    this.send({ type: "say", text: words, judgement });
    return { ok: true };
  }

  /** The urge's window passed without a reaction: its onTimeout choice counts. */
  expire(): MoveResult {
    const p = this.pending();
    if (p?.kind !== "urge") return this.refuse("no-urge");
    this.moves.push({ wait: true });
    this.send({ type: "expire" });
    return { ok: true };
  }

  note(line: string, tag: NoteTag): MoveResult {
    if (this.done) return this.refuse("meeting-over");
    if (!canNote(this.context, line)) return this.refuse("not-spoken", { line });
    if (own(this.context.noted, line) === tag) return this.refuse("already-noted");
    this.moves.push({ note: line, tag });
    this.send({ type: "note", line, tag });
    return { ok: true };
  }

  /** Replays recorded moves; stops at the first one that no longer fits and says which. */
  replay(moves: readonly MoveRecord[]): MoveResult {
    for (const [i, m] of moves.entries()) {
      const result = this.apply(m);
      if (!result.ok)
        return { ...result, error: `move ${i + 1} (${JSON.stringify(m)}): ${result.error}`, index: i };
    }
    return { ok: true };
  }

  apply(m: MoveRecord): MoveResult {
    if ("choose" in m) return this.choose(m.choose);
    if ("pick" in m) return this.pick(m.pick);
    if ("say" in m) return this.say(m.say);
    if ("wait" in m) return this.expire();
    if ("note" in m) return this.note(m.note, m.tag);
    return this.refuse("unknown-move");
  }

  stop(): void {
    this.actor.stop();
    this.listeners.clear();
  }

  private send(event: MachineEvent): void {
    // The compiled machine is built from data, so its event type is not inferred; MachineEvent is it.
    this.actor.send(event as never);
    this.failed();
  }

  private refuse(code: RefusalCode, params: RefusalParams = {}): MoveResult {
    return refusal(code, params);
  }
}
