// The transcript: everything said and done, in order, with the verdicts on each move, in one language.
import type { Scenario } from "../format/schema.ts";
import { type Role, ruleInfo } from "../rules/catalog.ts";
import type { LogEntry } from "../runtime/context.ts";
import { type MovePart, moveActor, moveParts } from "./acts.ts";
import { type Lang, tr } from "./localize.ts";
import { phaseTitle, speakerName } from "./names.ts";

export type TranscriptEntry =
  | { kind: "phase"; at: number; phase: string; title: string; plannedStart: number }
  | {
      kind: "line";
      at: number;
      beat: string;
      speaker: string;
      name: string;
      text: string;
      line?: string;
      emotion?: string;
      /** A stage direction: what is seen, not said (show it as action, not as speech). */
      direction?: true;
    }
  | {
      kind: "move";
      at: number;
      beat: string;
      by: string;
      byComputer: boolean;
      move: string;
      /** The choices' button texts. */
      did: string[];
      /** The computer's move as it reads: the action done (third person) and the words said. */
      parts?: MovePart[];
      timedOut?: boolean;
      free?: { text: string; label: string; confidence: number; why: string };
    }
  | {
      kind: "verdict";
      at: number;
      beat: string;
      rule: string;
      ruleTitle: string;
      verdict: string;
      weight: number;
      why: string;
    }
  | { kind: "untold"; at: number; beat: string; speaker: string; name: string; story: string }
  | { kind: "note"; at: number; line: string; tag: string; name: string; text: string };

export function buildTranscript(
  s: Scenario,
  role: Role,
  log: readonly LogEntry[],
  lang: Lang,
): TranscriptEntry[] {
  const out: TranscriptEntry[] = [];
  for (const e of log) {
    switch (e.t) {
      case "phase":
        out.push({
          kind: "phase",
          at: e.at,
          phase: e.phase,
          title: phaseTitle(s, e.phase, lang),
          plannedStart: e.plannedStart,
        });
        break;
      case "line": {
        const entry: TranscriptEntry = {
          kind: "line",
          at: e.at,
          beat: e.beat,
          speaker: e.speaker,
          name: speakerName(s, e.speaker, role, lang),
          text: tr(e.text, lang),
        };
        if (e.line?.id !== undefined) entry.line = e.line.id;
        if (e.line?.emotion !== undefined) entry.emotion = e.line.emotion;
        if (e.line?.direction) entry.direction = true;
        out.push(entry);
        break;
      }
      case "move": {
        const entry: TranscriptEntry = {
          kind: "move",
          at: e.at,
          beat: e.beat,
          by: moveActor(s, e, role, lang),
          byComputer: e.byComputer === true,
          move: e.kind,
          did: e.texts.map((t) => tr(t, lang)),
        };
        if (e.byComputer) entry.parts = moveParts(s, e, role, lang);
        if (e.timedOut) entry.timedOut = true;
        if (e.free) {
          entry.free = {
            text: e.free.text,
            label: e.free.label,
            confidence: e.free.confidence,
            why: tr(e.free.why, lang),
          };
        }
        out.push(entry);
        break;
      }
      case "verdict": {
        const info = ruleInfo(e.rule);
        out.push({
          kind: "verdict",
          at: e.at,
          beat: e.beat,
          rule: e.rule,
          ruleTitle: info ? tr(info.title, lang) : e.rule,
          verdict: e.kind,
          weight: e.weight,
          why: tr(e.why, lang),
        });
        break;
      }
      case "untold":
        out.push({
          kind: "untold",
          at: e.at,
          beat: e.beat,
          speaker: e.speaker,
          name: speakerName(s, e.speaker, role, lang),
          story: tr(e.title, lang),
        });
        break;
      case "note":
        out.push({
          kind: "note",
          at: e.at,
          line: e.line,
          tag: e.tag,
          name: speakerName(s, e.speaker, role, lang),
          text: tr(e.text, lang),
        });
        break;
    }
  }
  return out;
}
