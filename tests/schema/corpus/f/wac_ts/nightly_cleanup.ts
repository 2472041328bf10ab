// Delete expired sessions in bounded chunks until none are left (at most
// maxRounds rounds), then vacuum the table.
import { task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import { SQL } from "bun";

const deleteExpiredSessions = task(
  async (limit: number): Promise<number> => {
    const db = await wmill.getResource("f/app/main_db");
    const sql = new SQL(db.url);
    const rows = await sql`DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT ${limit}) RETURNING id`;
    return rows.length;
  },
  { timeout: 300, tag: "db" },
);

const vacuumSessions = task(
  async () => {
    const db = await wmill.getResource("f/app/main_db");
    await new SQL(db.url).unsafe("VACUUM ANALYZE sessions");
  },
  { timeout: 1800, tag: "db" },
);

export const main = workflow(async (chunk: number = 50000, maxRounds: number = 20) => {
  let total = 0;
  let rounds = 0;
  let deleted = chunk;
  while (deleted === chunk && rounds < maxRounds) {
    const n = await deleteExpiredSessions(chunk);
    deleted = n;
    total += n;
    rounds++;
  }
  await vacuumSessions();
  return { deleted: total, rounds };
});
