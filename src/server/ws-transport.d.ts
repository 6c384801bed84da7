// @colyseus/ws-transport 0.16 ships its types but its package.json "exports" does not point at them, so
// TypeScript (moduleResolution: bundler) cannot find them: the part this server uses, declared here.
declare module "@colyseus/ws-transport" {
  import type { Server as HttpServer } from "node:http";
  import { Transport } from "@colyseus/core";

  export interface TransportOptions {
    server?: HttpServer;
    maxPayload?: number;
    pingInterval?: number;
    pingMaxRetries?: number;
  }

  export class WebSocketTransport extends Transport {
    constructor(options?: TransportOptions);
    listen(port: number, hostname?: string, backlog?: number, listeningListener?: () => void): this;
    shutdown(): void;
    simulateLatency(milliseconds: number): void;
  }
}
