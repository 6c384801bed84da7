import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { securityHeadersPlugin } from "./src/server/vite-security-headers.ts";

const SCENARIOS = fileURLToPath(new URL("./scenarios/", import.meta.url));
const INDEX = "virtual:scenario-index";

/**
 * Bundled scenarios as files beside the game plus a small index of what the menu shows (id, title,
 * summary, roles). Scenario files are large; in the JS they would count against the code budget and be
 * parsed and checked before the menu could appear. The game fetches a file from its own origin and
 * checks it when it is played.
 */
function scenarioIndex(): Plugin {
  return {
    name: "spiegelspel-scenario-index",
    resolveId: (id) => (id === INDEX ? `\0${INDEX}` : undefined),
    load(id) {
      if (id !== `\0${INDEX}`) return undefined;
      const files = readdirSync(SCENARIOS)
        .filter((f) => f.endsWith(".json") && f !== "scenario.schema.json")
        .sort();
      const lines: string[] = [];
      const entries: string[] = [];
      files.forEach((file, i) => {
        this.addWatchFile(`${SCENARIOS}${file}`);
        let meta: unknown = null;
        try {
          const s = JSON.parse(readFileSync(`${SCENARIOS}${file}`, "utf8"));
          meta = { id: s.id, title: s.title, summary: s.summary, roles: Object.keys(s.roles ?? {}) };
        } catch {
          // Not JSON: the game reports the problems when the file is chosen, exactly as `validate` would.
        }
        lines.push(`import u${i} from ${JSON.stringify(`/scenarios/${file}?url`)};`);
        entries.push(`{ file: ${JSON.stringify(file)}, url: u${i}, meta: ${JSON.stringify(meta)} }`);
      });
      return `${lines.join("\n")}\nexport default [${entries.join(",\n")}];\n`;
    },
  };
}

/**
 * Vite's dev client starts a small worker from a blob: URL, which the page's strict policy
 * (index.html) refuses with a console error. Only the dev server lets it; the build keeps the policy.
 */
function devWorkerPolicy(): Plugin {
  return {
    name: "spiegelspel-dev-worker-policy",
    apply: "serve",
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self'; worker-src 'self' blob:"),
  };
}

export default defineConfig({
  base: "./",
  plugins: [scenarioIndex(), devWorkerPolicy(), securityHeadersPlugin()],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1600,
    // Scenario files stay files, whatever their size: never inlined into the JS as data URLs.
    assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined),
    rollupOptions: {
      output: {
        manualChunks(id) {
          // Phaser is one large module that never changes between our releases: its own chunk caches well
          // and lets bench:web report it apart from our code.
          if (id.includes("node_modules/phaser")) return "phaser";
          // The judge's code, loaded after the menu (its weights are fetched as JSON files): one chunk under
          // the name bench:web counts as loaded later.
          if (id.includes("/src/engine/judge/")) return "default-judge";
          return undefined;
        },
      },
    },
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
