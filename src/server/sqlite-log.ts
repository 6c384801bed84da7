// The durable log without Redis: one SQLite file (WAL) under the data directory. better-sqlite3 is
// synchronous, so a resolved append has been committed.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { WorkshopEvent, WorkshopHeader, WorkshopLog, WorkshopRecord } from "./workshop-log.ts";

export class SqliteLog implements WorkshopLog {
  readonly kind = "sqlite";
  private readonly db: Database.Database;
  private readonly insertEvent: Database.Statement<[string, string]>;
  private readonly insertHeader: Database.Statement<[string, string]>;
  private readonly selectHeader: Database.Statement<[string], { header: string }>;
  private readonly selectEvents: Database.Statement<[string], { event: string }>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "workshops.sqlite"));
    this.db.pragma("journal_mode = WAL");
    // NORMAL with WAL survives a process dying (the case here); FULL would also survive power loss.
    this.db.pragma("synchronous = NORMAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS workshop (code TEXT PRIMARY KEY, header TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS event (
        code TEXT NOT NULL, seq INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS event_code ON event (code, seq);
    `);
    this.insertHeader = this.db.prepare("INSERT INTO workshop (code, header) VALUES (?, ?)");
    this.insertEvent = this.db.prepare("INSERT INTO event (code, event) VALUES (?, ?)");
    this.selectHeader = this.db.prepare("SELECT header FROM workshop WHERE code = ?");
    this.selectEvents = this.db.prepare("SELECT event FROM event WHERE code = ? ORDER BY seq");
  }

  async create(header: WorkshopHeader): Promise<void> {
    this.insertHeader.run(header.code, JSON.stringify(header));
  }

  async append(code: string, event: WorkshopEvent): Promise<void> {
    this.insertEvent.run(code, JSON.stringify(event));
  }

  async read(code: string): Promise<WorkshopRecord | null> {
    const row = this.selectHeader.get(code);
    if (!row) return null;
    const events = this.selectEvents.all(code).map((r) => JSON.parse(r.event) as WorkshopEvent);
    return { header: JSON.parse(row.header) as WorkshopHeader, events };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
