// Sends the security headers (security-headers.ts) from Vite's dev server and from `vite preview`,
// on every response, before Vite's own handlers run.
import type { Plugin } from "vite";
import { securityHeaders } from "./security-headers.ts";

type Use = {
  use: (fn: (req: unknown, res: { setHeader(n: string, v: string): void }, next: () => void) => void) => void;
};

function addHeaders(middlewares: Use, headers: Record<string, string>): void {
  middlewares.use((_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  });
}

export function securityHeadersPlugin(): Plugin {
  return {
    name: "spiegelspel-security-headers",
    configureServer: (server) =>
      addHeaders(server.middlewares as unknown as Use, securityHeaders({ dev: true })),
    configurePreviewServer: (server) => addHeaders(server.middlewares as unknown as Use, securityHeaders()),
  };
}
