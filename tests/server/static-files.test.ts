// Serving the built game: files from the folder with the security headers, nothing outside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../src/server/security-headers.ts";
import { staticFiles } from "../../src/server/static-files.ts";

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dist-"));
  mkdirSync(join(dir, "dist", "assets"), { recursive: true });
  writeFileSync(join(dir, "dist", "index.html"), "<!doctype html><title>x</title>");
  writeFileSync(join(dir, "dist", "assets", "a-123.js"), "export {}");
  writeFileSync(join(dir, "secret.txt"), "outside");
  server = createServer(staticFiles(join(dir, "dist")));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe("staticFiles", () => {
  it("serves index.html and assets with the security headers", async () => {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toMatch(/text\/html/);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(index.headers.get(k)).toBe(v);
    const asset = await fetch(`${url}/assets/a-123.js`);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("serves nothing outside the folder and refuses other methods", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/nope.js"]) {
      const r = await fetch(`${url}${path}`);
      expect(r.status, path).toBe(404);
      expect(await r.text()).not.toContain("outside");
    }
    expect((await fetch(`${url}/`, { method: "POST" })).status).toBe(405);
  });
});
