// The production build served by `vite preview` sends the security headers, and the game runs under
// them: the menu appears with no console error (a policy violation is one).
import { securityHeaders } from "../../src/server/security-headers.ts";
import { launch } from "./browser.ts";
import { check, watch } from "./page.ts";

export async function securityHeadersServed(url: string): Promise<void> {
  console.log("security headers");
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    const problems = watch(page, url.replace(/\/$/, ""));
    const response = await page.goto(url);
    const headers = response?.headers() ?? {};
    const missing = Object.entries(securityHeaders()).filter(
      ([name, value]) => headers[name.toLowerCase()] !== value,
    );
    check(
      missing.length === 0,
      `the page is served with every security header${missing.length ? ` (missing: ${missing.map(([n]) => n).join(", ")})` : ""}`,
    );
    await page.waitForSelector("#own-file");
    check(
      problems.length === 0,
      `the menu runs under the policy with no console error${problems.length ? `: ${problems.slice(0, 3).join("; ")}` : ""}`,
    );
  } finally {
    await close();
  }
}
