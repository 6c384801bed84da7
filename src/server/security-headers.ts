// The security headers every server of the game sends: vite's dev and preview servers now (through
// vite-security-headers.ts) and the workshop server later, from this one list. A meta tag in index.html
// carries the same policy for a page opened from disk, but a meta tag cannot forbid framing
// (frame-ancestors) and a server that sends no header leaves every other protection to chance.
// Plain data, no dependency: any Node server can set these.

/** The Content-Security-Policy: only the game's own origin, nothing inline but styles, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Powerful features the game never uses, switched off for it and anything it could embed. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * The headers, by name. `dev` adds what Vite's dev client needs (a worker from a blob: URL, and its
 * websocket for reloading); the production build gets the strict list.
 */
export function securityHeaders(options: { dev?: boolean } = {}): Record<string, string> {
  const csp = options.dev
    ? CONTENT_SECURITY_POLICY.replace(
        "script-src 'self'",
        "script-src 'self'; worker-src 'self' blob:",
      ).replace("connect-src 'self' data: blob:", "connect-src 'self' data: blob: ws: wss:")
    : CONTENT_SECURITY_POLICY;
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
}

/** The strict list, for a server that serves the production build itself (the workshop server). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = securityHeaders();
