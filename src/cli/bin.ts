// The terminal entry point (`npm run cli`): runs main() on the real process. Kept apart from main.ts so
// that tests can import main() without it running.
import { main, nodeIo } from "./main.ts";

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 3;
  },
);
