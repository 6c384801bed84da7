// Real processes for the scale-out and fault tests and the bench: a redis-server on a free port on
// 127.0.0.1, and workshop servers (src/server/main.ts) sharing it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The redis-server binary, or undefined when this machine has none (.ci/run installs it). */
export function redisServerBinary(): string | undefined {
  for (const p of ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]) if (existsSync(p)) return p;
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, what: string, ms = 30000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${out.slice(-500)}`)), ms);
    const on = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout?.on("data", on);
    child.stderr?.on("data", on);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

export interface Redis {
  url: string;
  stop(): void;
}

export async function startRedis(binary: string): Promise<Redis> {
  const port = await freePort();
  // Nothing written to disk: the tests need a live Redis, not its persistence.
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await waitForOutput(child, /Ready to accept connections/, "redis-server");
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGKILL") };
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): void;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}src/server/main.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      GAME: "none",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForOutput(child, /Spiegelspel on http:\/\/\S+/, `workshop server on ${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    kill: (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
    },
  };
}
