// @vitest-environment jsdom
// The follow-up screen over a fake room: what a listener, the facilitator seat and the trainer see and
// send, players' words shown as text, one language at a time, a refusal said in the player's language.
import { beforeEach, describe, expect, it } from "vitest";
import type { TeamFollowUp } from "../../src/engine/session/team-points.ts";
import { type FollowUpMessage, followUpPanel } from "../../src/ui/screens/workshop-follow-up.ts";
import { scenario } from "../engine/meeting-helpers.ts";

const wijkteam = scenario("wijkteam-zuiderveld.json");
const quote = {
  line: "kees-pakketje",
  speaker: "kees",
  text: { nl: "Ik voelde me een pakketje.", en: "I felt like a parcel." },
};
const team = (stage: TeamFollowUp["stage"], fixed = false): TeamFollowUp => ({
  stage,
  reflected: ["listener-1"],
  points: [
    { id: "p1", seat: "listener-1", by: "<b>Lotte</b>", text: "<i>Terugbellen</i>", quotes: [quote], fixed },
  ],
});

function mount(trainer: boolean, lang: "nl" | "en" = "nl") {
  const sent: [string, unknown][] = [];
  const panel = followUpPanel({
    lang,
    scenario: wijkteam,
    send: (type, body) => sent.push([type, body]),
    names: () => ({ "listener-1": "<b>Lotte</b>", facilitator: "Fenna" }),
    trainer,
  });
  document.body.append(panel.node);
  return { panel, sent };
}

const $ = (s: string) => document.querySelector(s) as HTMLElement;
const visible = (s: string) => {
  const node = document.querySelector(s) as HTMLElement | null;
  return node !== null && node.closest("[hidden]") === null;
};

describe("the follow-up screen", () => {
  beforeEach(() => {
    document.body.innerHTML = "";
  });

  it("lets a listener reflect, then propose with a checklist of its noted quotes", () => {
    const { panel, sent } = mount(false);
    const listener: FollowUpMessage = {
      team: { stage: "reflect", reflected: [], points: [] },
      seat: "listener-1",
      notes: [quote],
      reflection: null,
      lead: false,
      propose: true,
      minFixed: 3,
    };
    panel.update(listener);
    expect(visible("#fu-reflect")).toBe(true);
    expect(visible("#fu-propose")).toBe(false);
    expect($("label[for=fu-reflection]").textContent).toMatch(/Jouw reflectie/);
    ($("#fu-reflection") as HTMLTextAreaElement).value = "Het raakte me.";
    $("#fu-reflect").dispatchEvent(new Event("submit", { cancelable: true }));
    expect(sent).toEqual([["reflect", { text: "Het raakte me." }]]);

    panel.update({ ...listener, team: team("propose"), reflection: "<script>x</script>" });
    expect($("#fu-my-reflection").textContent).toContain("<script>x</script>");
    expect(visible("#fu-propose")).toBe(true);
    // The quote's box is labelled with the participant's name and words.
    expect($("label[for=fu-quote-0]").textContent).toBe("Kees Mulder: “Ik voelde me een pakketje.”");
    ($("#fu-point") as HTMLInputElement).value = "Eén aanspreekpunt";
    ($("#fu-quote-0") as HTMLInputElement).checked = true;
    $("#fu-propose").dispatchEvent(new Event("submit", { cancelable: true }));
    expect(sent.at(-1)).toEqual(["propose", { text: "Eén aanspreekpunt", quotes: ["kees-pakketje"] }]);
    panel.refused("follow-up-no-quote");
    expect($("#fu-error").textContent).toMatch(/minstens één citaat/);
    // Others' words as text; a listener gets no fix buttons nor the lead's controls.
    expect($("#fu-points .fu-point-text").textContent).toBe("<i>Terugbellen</i>");
    expect(document.querySelector("#fu-points i")).toBeNull();
    panel.update({ ...listener, team: team("fix"), reflection: "x" });
    expect(document.querySelector(".fu-fix")).toBeNull();
    expect(visible("#fu-close")).toBe(false);
    expect(document.body.textContent).not.toMatch(/Improvement|Propose|Fix\b/);
  });

  it("gives the facilitator seat fix and close; at done a player goes on to the debrief", () => {
    const { panel, sent } = mount(false);
    const lead: FollowUpMessage = {
      team: team("fix"),
      seat: "facilitator",
      notes: [],
      reflection: "ok",
      lead: true,
      propose: false,
      minFixed: 3,
    };
    panel.update(lead);
    expect(visible("#fu-propose")).toBe(false);
    const fix = $(".fu-fix[data-point=p1]");
    expect(fix.getAttribute("aria-pressed")).toBe("false");
    expect(fix.getAttribute("aria-label")).toBe("Vastleggen: <i>Terugbellen</i>");
    fix.click();
    expect(sent.at(-1)).toEqual(["fix", { point: "p1", fixed: true }]);
    expect(visible("#fu-close")).toBe(true);
    expect(($("#fu-close") as HTMLButtonElement).disabled).toBe(true);
    panel.update({ ...lead, team: team("done", true) });
    expect(visible("#fu-debrief")).toBe(true);
    expect($("#fu-list").textContent).toBe("<i>Terugbellen</i>");
    expect(document.querySelector(".fu-fix")).toBeNull();
  });

  it("shows the trainer every reflection, as text, in English on an English screen", () => {
    const { panel, sent } = mount(true, "en");
    panel.update({ team: team("propose"), reflections: { "listener-1": "<b>moved</b>" }, minFixed: 3 });
    expect($("#fu-reflections [data-seat=listener-1]").textContent).toBe(
      "<b>Lotte</b> (Listener 1): <b>moved</b>",
    );
    expect(document.querySelector("#fu-reflect")).toBeNull();
    expect($("#fu-next").textContent).toBe("On to fixing the list");
    $("#fu-next").click();
    expect(sent).toEqual([["follow-up-next", undefined]]);
    expect(document.body.textContent).not.toMatch(/Vastleggen|Verbeterpunt|Nagesprek/);
  });
});
