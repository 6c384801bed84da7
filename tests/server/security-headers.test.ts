// `vite preview` and the dev server send the security headers (issue 12, point 9): a meta tag alone
// cannot forbid framing, and sends nothing for the files beside the page.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, preview } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../../src/server/security-headers.ts";

const dist = mkdtempSync(join(tmpdir(), "spiegelspel-headers-"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>x</title>");
writeFileSync(join(dist, "data.json"), "{}");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function expectHeaders(headers: Headers, dev: boolean): void {
  for (const [name, value] of Object.entries(securityHeaders({ dev })))
    expect(headers.get(name), name).toBe(value);
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
}

describe("security headers", () => {
  it("vite preview sends them on the page and on every other file", async () => {
    const server = await preview({
      build: { outDir: dist },
      preview: { port: 0, host: "127.0.0.1", strictPort: false },
      logLevel: "silent",
    });
    try {
      const address = server.httpServer.address();
      if (!address || typeof address === "string") throw new Error("no port");
      for (const path of ["/", "/data.json", "/missing.js"]) {
        const response = await fetch(`http://127.0.0.1:${address.port}${path}`);
        expectHeaders(response.headers, false);
      }
    } finally {
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    }
  });

  it("the dev server sends them too, with what its own client needs", async () => {
    const server = await createServer({
      server: { port: 0, host: "127.0.0.1", strictPort: false, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
      logLevel: "silent",
    });
    await server.listen();
    try {
      const address = server.httpServer?.address();
      if (!address || typeof address === "string") throw new Error("no port");
      const response = await fetch(`http://127.0.0.1:${address.port}/`);
      expectHeaders(response.headers, true);
      expect(response.headers.get("content-security-policy")).toContain("worker-src 'self' blob:");
    } finally {
      await server.close();
    }
  });

  it("the production policy is the page's own meta policy, plus what only a header can say", async () => {
    const { readFileSync } = await import("node:fs");
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      readFileSync("index.html", "utf8"),
    )?.[1];
    const header = securityHeaders()["Content-Security-Policy"] as string;
    for (const directive of (meta ?? "").split("; ")) expect(header).toContain(directive);
  });
});
