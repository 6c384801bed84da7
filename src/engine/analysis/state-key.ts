// What path analysis merges states by: what can still change the outcome. That is the beat, the clock,
// flags, choices and notes that conditions test, and for participants only whether each threshold a
// condition tests holds. Exact openness values are left out on purpose: they differ on almost every
// path, and keeping them makes the graph as large as the number of paths. Where a scenario branches on
// openness, counts and scores follow one representative per band (the first state the walk reaches);
// everything else is exact.
import type { CompiledScenario } from "../compile/compile.ts";
import type { Beat, Condition } from "../format/schema.ts";
import { inRange, roomAverage } from "../runtime/conditions.ts";
import type { Context } from "../runtime/context.ts";
import { exits, nextTargets } from "../runtime/flow.ts";
import { listenerJudgeKey } from "../runtime/listener-verdicts.ts";
import { own } from "../util/own.ts";
import type { Step } from "./machine-step.ts";

type Threshold = { who: string; key: "openness" | "trust"; range: { atLeast?: number; below?: number } };

/** What the conditions at or after a beat can still ask about: the only parts of a state that matter there. */
interface Live {
  thresholds: Threshold[];
  flags: string[];
  chosenBeats: string[];
  notedLines: string[];
}

function atomsOf(beat: Beat, thresholds: Map<string, Threshold>): Set<string> {
  const atoms = new Set<string>();
  const visit = (c: Condition) => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("openness" in c || "trust" in c) {
      const key = "openness" in c ? "openness" : "trust";
      const r = "openness" in c ? c.openness : (c as { trust: Threshold["range"] & { who: string } }).trust;
      const id = `t:${key}:${r.who}:${r.atLeast}:${r.below}`;
      thresholds.set(id, { who: r.who, key, range: r });
      atoms.add(id);
    } else if ("flag" in c) atoms.add(`f:${c.flag}`);
    else if ("chose" in c) atoms.add(`c:${c.chose.beat}`);
    else if ("noted" in c) atoms.add(`n:${c.noted}`);
  };
  const scan = (node: unknown, key?: string) => {
    if (Array.isArray(node)) {
      for (const item of node) scan(item, key);
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (key === "when") {
      visit(node as Condition);
      return;
    }
    for (const [k, v] of Object.entries(node)) scan(v, k);
  };
  scan(beat);
  return atoms;
}

/**
 * For every beat, the conditions that can still be tested from there on. Leaving everything else out of
 * a state's key is exact (nothing ahead can tell those states apart) and keeps the walk small: a flag or
 * an openness threshold that was tested early no longer splits every later state in two.
 */
function liveAhead(compiled: CompiledScenario): Map<string, Live> {
  const { scenario, role } = compiled;
  const thresholds = new Map<string, Threshold>();
  const own = new Map(scenario.beats.map((b) => [b.id, atomsOf(b, thresholds)]));
  const live = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const liveOf = (id: string): Set<string> => {
    const done = live.get(id);
    if (done) return done;
    const beat = compiled.world.beats.get(id);
    const out = new Set(own.get(id) ?? []);
    if (beat && !beat.end && !visiting.has(id)) {
      visiting.add(id);
      for (const exit of exits(beat, role))
        for (const to of nextTargets(exit.next)) for (const a of liveOf(to)) out.add(a);
      visiting.delete(id);
    }
    live.set(id, out);
    return out;
  };
  const result = new Map<string, Live>();
  for (const b of scenario.beats) {
    const atoms = [...liveOf(b.id)].sort();
    result.set(b.id, {
      thresholds: atoms.filter((a) => a.startsWith("t:")).map((a) => thresholds.get(a) as Threshold),
      flags: atoms.filter((a) => a.startsWith("f:")).map((a) => a.slice(2)),
      chosenBeats: atoms.filter((a) => a.startsWith("c:")).map((a) => a.slice(2)),
      notedLines: atoms.filter((a) => a.startsWith("n:")).map((a) => a.slice(2)),
    });
  }
  return result;
}

const NOTHING_LIVE: Live = { thresholds: [], flags: [], chosenBeats: [], notedLines: [] };

/**
 * The key that merges states: the machine state, the clock, the speaker (effects can target them), the
 * live flags, bands, choices and notes, what the listener's closing verdicts will read, and whether the
 * agenda and time were judged. Only which keys are equal matters, not their text.
 */
export function stateKey(compiled: CompiledScenario): (step: Step) => string {
  const live = liveAhead(compiled);
  const beatIds = compiled.scenario.beats.map((b) => b.id);
  const liveByValue = new Map<string, Live>();
  const liveOf = (value: string): Live => {
    let w = liveByValue.get(value);
    if (!w) {
      const index = /^b(\d+)/.exec(value);
      w = (index ? live.get(beatIds[Number(index[1])] ?? "") : undefined) ?? NOTHING_LIVE;
      liveByValue.set(value, w);
    }
    return w;
  };
  const { world } = compiled;
  // Which live flags are set, as bits: a state sets few of the many flags ahead, so walking the set
  // ones beats looking up each live one (a lookup by name on objects of ever-different shapes).
  const bitOf = new Map<string[], Map<string, number>>();
  const flagsOf = (flags: Context["flags"], live: string[]): string => {
    let bits = bitOf.get(live);
    if (!bits) {
      bits = new Map(live.map((f, i) => [f, i]));
      bitOf.set(live, bits);
    }
    if (live.length <= 31) {
      let mask = 0;
      for (const f in flags) {
        const i = bits.get(f);
        if (i !== undefined && flags[f]) mask |= 1 << i;
      }
      return String(mask);
    }
    const words = new Array<number>(Math.ceil(live.length / 31)).fill(0);
    for (const f in flags) {
      const i = bits.get(f);
      if (i !== undefined && flags[f])
        words[Math.floor(i / 31)] = (words[Math.floor(i / 31)] as number) | (1 << (i % 31));
    }
    return words.join(".");
  };
  return (step: Step): string => {
    const ctx = step.context;
    const w = liveOf(step.value);
    // Which thresholds hold, as bits of a number (a string of 0s and 1s past 31 of them): the same
    // beat always tests the same thresholds, so equal numbers mean equal bands, without a string
    // built up one character at a time on every move.
    const few = w.thresholds.length <= 31;
    let mask = 0;
    let bandText = "";
    for (let i = 0; i < w.thresholds.length; i++) {
      const t = w.thresholds[i] as Threshold;
      const v = t.who === "room" ? roomAverage(ctx, t.key) : (own(ctx.people, t.who)?.[t.key] ?? 0);
      const holds = inRange(v, t.range);
      if (few) mask |= holds ? 1 << i : 0;
      else bandText += holds ? "1" : "0";
    }
    const bands = few ? mask : bandText;
    let chosen = "";
    w.chosenBeats.forEach((b, i) => {
      chosen += `${i > 0 ? "|" : ""}${own(ctx.chosen, b)?.join("+") ?? ""}`;
    });
    let noted = "";
    for (const l of w.notedLines) noted += own(ctx.noted, l) ? "1" : "0";
    // What the listener's end-of-meeting verdicts (notes, an unasked question) will depend on.
    const tones = listenerJudgeKey(ctx, world);
    const flags = flagsOf(ctx.flags, w.flags);
    const prepared = ctx.prepared.length > 0 ? 1 : 0;
    const time = ctx.judged.time ? 1 : 0;
    // One flat string rather than a template's chain of joined pieces: the walk looks every key up in a
    // map (which flattens it first) and keeps one per state, so the chain was garbage on every move.
    return [
      step.value,
      ctx.clock,
      ctx.speaker ?? "",
      flags,
      bands,
      chosen,
      noted,
      tones,
      prepared,
      time,
    ].join("~");
  };
}
