// Serves the production build (dist/) with Vite's preview server on a free port.
import { preview } from "vite";

export async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    logLevel: "silent",
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((r) => server.httpServer.close(() => r())),
  };
}
