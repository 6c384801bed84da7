// The App in jsdom with a fake clock, for the meeting-screen tests: the same wiring as tests/ui/app.test.ts.
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { App, type Clock } from "../../src/ui/app.ts";
import { buildCatalog } from "../../src/ui/catalog.ts";
import type { RoomState } from "../../src/ui/room-view.ts";
import { silent } from "../../src/ui/sound-captions.ts";
import { readText } from "../helpers.ts";

export function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: Clock & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: next });
      return next++;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
      }
      now = end;
    },
    pending: () => timers.length,
  };
  return clock;
}

export async function meeting(
  options: { settings?: object; mini?: string; files?: Record<string, string> } = {},
) {
  document.body.innerHTML = '<div id="ui"></div>';
  const root = document.getElementById("ui") as HTMLElement;
  const clock = fakeClock();
  if (!localStorage.getItem("spiegelspel.settings"))
    localStorage.setItem("spiegelspel.settings", JSON.stringify(options.settings ?? { pace: "instant" }));
  const shown: RoomState[] = [];
  const app = new App({
    root,
    catalog: buildCatalog(
      options.files ?? { "mini.json": options.mini ?? readText("tests/fixtures/mini.json") },
    ),
    room: { show: (s) => shown.push(s), debrief() {}, mount() {}, setReducedMotion() {}, hide() {} },
    sound: silent,
    clock,
    newSeed: () => 1,
    loadJudge: async () => defaultJudge,
  });
  await app.loadJudge();
  await app.start();
  return { root, clock, app, shown };
}

export const click = (selector: string) => {
  const node = document.querySelector(selector) as HTMLElement | null;
  if (!node) throw new Error(`nothing matches ${selector}`);
  node.click();
};
export const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
export const pressed = (selector: string) => document.querySelector(selector)?.getAttribute("aria-pressed");
export const pressEscape = () =>
  document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));

export function startAs(role: "facilitator" | "listener") {
  (document.getElementById("role") as HTMLSelectElement).value = role;
  click("#start");
  click("#enter");
}
