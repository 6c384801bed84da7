// The next round's seats: the people who sat rotate through the seats that were taken, in seat order.
import { describe, expect, it } from "vitest";
import { rotateSeats } from "../../src/server/seat-rotation.ts";

const order = ["facilitator", "listener-1", "listener-2", "listener-3"];

describe("rotating seats", () => {
  it("moves the facilitator to the first listener, each listener to the next, the last to facilitator", () => {
    const taken = { facilitator: "p1", "listener-1": "p2", "listener-2": "p3", "listener-3": "p4" };
    expect(rotateSeats(order, taken)).toEqual({
      "listener-1": "p1",
      "listener-2": "p2",
      "listener-3": "p3",
      facilitator: "p4",
    });
  });

  it("rotates through the taken seats only: the computer's seats stay the computer's", () => {
    // Listener 2 was the computer's: it stays so, and the last seated listener leads next.
    const taken = { facilitator: "p1", "listener-1": "p2", "listener-3": "p4" };
    expect(rotateSeats(order, taken)).toEqual({ "listener-1": "p1", "listener-3": "p2", facilitator: "p4" });
  });

  it("brings everyone back to their first seat after as many rounds as there are players", () => {
    const taken = { facilitator: "a", "listener-1": "b", "listener-2": "c" };
    let seats: Record<string, string> = taken;
    const leads: string[] = [];
    for (let k = 0; k < 3; k++) {
      seats = rotateSeats(order, seats);
      leads.push(seats.facilitator as string);
    }
    expect(leads).toEqual(["c", "b", "a"]);
    expect(seats).toEqual(taken);
  });

  it("leaves one seated player where they are, and nobody seated as nobody", () => {
    expect(rotateSeats(order, { "listener-2": "p1" })).toEqual({ "listener-2": "p1" });
    expect(rotateSeats(order, {})).toEqual({});
  });

  it("keeps an organiser seat in the order it has among the seats", () => {
    const withOrganiser = ["facilitator", "organiser", "listener-1"];
    expect(rotateSeats(withOrganiser, { facilitator: "a", organiser: "b", "listener-1": "c" })).toEqual({
      organiser: "a",
      "listener-1": "b",
      facilitator: "c",
    });
  });
});
