// The keys that let this tab come back to its workshop after a reload or a lost connection: the
// trainer's key (the only proof of being the trainer) and a player's key (same player, same seat). Kept in
// sessionStorage: this tab only, gone when it closes, never sent anywhere but to the workshop's own routes.
export interface KeptTrainer {
  code: string;
  trainerKey: string;
  scenarioId?: string;
  scenarioText?: string;
}
export interface KeptPlayer {
  code: string;
  playerKey: string;
}

const KEYS = { trainer: "spiegelspel.workshop.trainer", player: "spiegelspel.workshop.player" } as const;

function read<T>(key: string, valid: (v: Record<string, unknown>) => boolean): T | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(key) ?? "null") as unknown;
    return v && typeof v === "object" && valid(v as Record<string, unknown>) ? (v as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: coming back after a reload is then not offered; nothing else changes.
  }
}

const str = (v: unknown) => typeof v === "string" && v.length > 0;

export const keptTrainer = () =>
  read<KeptTrainer>(
    KEYS.trainer,
    (v) => str(v.code) && str(v.trainerKey) && (str(v.scenarioId) || str(v.scenarioText)),
  );
export const keepTrainer = (v: KeptTrainer | null) => write(KEYS.trainer, v);
export const keptPlayer = () => read<KeptPlayer>(KEYS.player, (v) => str(v.code) && str(v.playerKey));
export const keepPlayer = (v: KeptPlayer | null) => write(KEYS.player, v);
