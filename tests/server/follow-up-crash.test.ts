// The follow-up survives its process dying: a server on the embedded store (SQLite under DATA_DIR) is
// killed with SIGKILL in the middle of the team's follow-up; a new process on the same store rebuilds
// the room from its log on the next join, with every acknowledged follow-up step, and the follow-up
// goes on there to the closed list.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TeamFollowUp } from "../../src/engine/session/team-points.ts";
import { createWorkshop, firstMove, join, leaveAll, type Player, rejoin, sleep } from "./harness.ts";
import { type ServerProcess, startServerProcess } from "./processes.ts";

const dataDir = mkdtempSync(joinPath(tmpdir(), "spiegelspel-follow-up-crash-"));
const servers: ServerProcess[] = [];

afterAll(async () => {
  await leaveAll();
  for (const s of servers) s.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function send(p: Player, type: string, body?: unknown): Promise<string> {
  const from = p.received.length;
  p.room.send(type, body);
  const r = await p.waitFor(
    (x) => (x.type === "ack" || x.type === "refused") && (x.body as { type?: string }).type === type,
    5000,
    from,
  );
  return r.type === "ack" ? "ok" : (r.body as { code: string }).code;
}

const team = (p: Player, from = 0) =>
  p
    .waitFor((r) => r.type === "follow-up", 10_000, from)
    .then((r) => r.body as { team: TeamFollowUp; reflections?: Record<string, string>; reflection?: string });

describe("the follow-up after kill -9", () => {
  it("is rebuilt from the SQLite log on a new process and goes on", async () => {
    const env = { DATA_DIR: dataDir, PACE_SCALE: "0.005" };
    const a = await startServerProcess(env);
    servers.push(a);
    const w = await createWorkshop(a.url, { listeners: 1, seed: 5 });
    const trainer = await join(a.url, { code: w.code, trainerKey: w.trainerKey });
    const f = await join(a.url, { code: w.code, name: "Fenna" });
    const l = await join(a.url, { code: w.code, name: "Lotte" });
    for (const [p, seat] of [
      [f, "facilitator"],
      [l, "listener-1"],
    ] as const) {
      trainer.room.send("assign", { player: p.playerId, seat });
      await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes(`"seat":"${seat}"`));
    }
    trainer.room.send("start");
    const spoken = () =>
      [...l.seen.values()].flatMap((e) =>
        e.entry.t === "line" && e.entry.line?.id ? [e.entry.line.id] : [],
      );
    for (let k = 0; k < 400 && spoken().length === 0; k++) {
      if (f.pending) await f.move(firstMove(f.pending));
      else await sleep(20);
    }
    const line = spoken()[0] as string;
    expect((await l.move({ note: line, tag: "positive" })).type).toBe("ack");
    trainer.room.send("end");
    await team(l);
    expect(await send(l, "reflect", { text: "Het raakte me." })).toBe("ok");
    expect(await send(f, "reflect", { text: "Te sturend." })).toBe("ok");
    for (const text of ["een", "twee", "drie"])
      expect(await send(l, "propose", { text, quotes: [line] })).toBe("ok");
    expect(await send(f, "follow-up-next")).toBe("ok");
    expect(await send(f, "fix", { point: "p1", fixed: true })).toBe("ok");
    expect(await send(trainer, "fix", { point: "p2", fixed: true })).toBe("ok");

    // The process dies at once; a new one on the same store takes the next join.
    a.kill("SIGKILL");
    await new Promise((r) => a.child.once("exit", r));
    const b = await startServerProcess(env);
    servers.push(b);
    const fromT = trainer.received.length;
    await rejoin(b.url, trainer, { code: w.code, trainerKey: w.trainerKey });
    const rebuilt = await team(trainer, fromT);
    expect(rebuilt.team.stage).toBe("fix");
    expect(rebuilt.team.points.map((p) => [p.text, p.fixed])).toEqual([
      ["een", true],
      ["twee", true],
      ["drie", false],
    ]);
    expect(rebuilt.reflections).toEqual({ "listener-1": "Het raakte me.", facilitator: "Te sturend." });
    const fromF = f.received.length;
    await rejoin(b.url, f, { code: w.code, playerKey: f.playerKey });
    expect((await team(f, fromF)).reflection).toBe("Te sturend.");
    expect(await send(f, "fix", { point: "p3", fixed: true })).toBe("ok");
    const from = trainer.received.length;
    expect(await send(f, "follow-up-close")).toBe("ok");
    const summary = await trainer.waitFor((r) => r.type === "summary", 5000, from);
    expect((summary.body as { team: TeamFollowUp }).team.stage).toBe("done");
  }, 90_000);
});
