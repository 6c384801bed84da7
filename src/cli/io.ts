// What a CLI command may touch. Commands take this instead of `process`, so tests run them in memory
// and only src/cli/main.ts knows about the real terminal.

export interface CliIo {
  /** All of standard input, as text (UTF-8). */
  readStdin(): Promise<string>;
  /** Reads a file as text; throws an Error whose message names the file when it cannot. */
  readFile(path: string): Promise<string>;
  /** Writes to standard output exactly what is given (add "\n" yourself). */
  out(text: string): void;
  /** Writes to standard error exactly what is given. */
  err(text: string): void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
