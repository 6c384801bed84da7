// Turns an utterance into named features: words, word pairs, letter groups and explicit cues. Names
// rather than hashes, so the debrief can say which words weighed most.
import { CUES } from "./cues.ts";

export const MAX_CHARS = 600;

export function normalise(text: string): string {
  return text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"');
}

export function words(norm: string): string[] {
  return norm.match(/[a-z0-9']+|\?/g) ?? [];
}

// Thanks and polite openers ("Dank u.", "Mag ik vragen:") do not change what follows (UTTERANCES.md):
// they become one feature each and the rest is judged on its own.
const OPENER =
  /^\s*(dank (u|je|jullie)( wel)?( voor (uw|je) (verhaal|openheid|eerlijkheid))?|bedankt|thank you( for (sharing|that))?|thanks( for sharing)?|mag ik (even |u )?(iets )?vragen|ik ben (wel )?benieuwd|even een vraag|ik heb een vraag|may i ask|i'?m curious|quick question|i have a question|sorry)\s*[:,.!-]\s*/;

export function stripOpeners(norm: string): { core: string; openers: string[] } {
  const openers: string[] = [];
  let core = norm;
  for (let i = 0; i < 3; i++) {
    const m = OPENER.exec(core);
    if (!m || m[0].length >= core.length) break;
    openers.push(/^(dank|bedankt|thank)/.test(m[1] ?? "") ? "thanks" : "polite");
    core = core.slice(m[0].length);
  }
  return { core, openers };
}

/** Feature names with counts. Cue features start with "cue:". */
export function features(text: string): Map<string, number> {
  const { core: norm, openers } = stripOpeners(normalise(text));
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  for (const o of openers) add(`pre:${o}`);
  const ws = words(norm);
  add("bias");
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    add(`w:${w}`);
    if (i + 1 < ws.length) add(`b:${w}_${ws[i + 1]}`);
    if (i === 0) add(`first:${w}`);
    if (w.length >= 4) {
      const padded = `<${w}>`;
      for (let j = 0; j + 4 <= padded.length; j++) add(`c:${padded.slice(j, j + 4)}`);
    }
  }
  if (ws.length > 0) add(`last:${ws[ws.length - 1]}`);
  if (norm.trim().endsWith("?")) add("ends:?");
  for (const cue of CUES) if (cue.pattern.test(norm)) add(`cue:${cue.id}`);
  return out;
}
