// Persona cards beyond their shape: a card whose `lived` is all bad (or all good) plays a one-sided
// person, while the method asks the facilitator to seek both (F-BALANCE). A warning, not an error: the
// scenario still plays, and a card can be written one-sided on purpose.
import type { Scenario } from "../format/schema.ts";
import type { ProblemList } from "./problems.ts";

export function checkCards(s: Scenario, problems: ProblemList): void {
  s.cast.participants.forEach((p, i) => {
    if (!p.card) return;
    const tones = new Set(p.card.lived.map((item) => item.tone));
    const path = ["cast", "participants", i, "card", "lived"];
    if (!tones.has("good") && !tones.has("mixed"))
      problems.warning("card-one-sided", path, { lacks: "good" });
    if (!tones.has("bad") && !tones.has("mixed")) problems.warning("card-one-sided", path, { lacks: "bad" });
  });
}
