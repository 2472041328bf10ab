import pg from "pg";

// Connects on the first query, not when the module loads.
export const pool = new pg.Pool({ connectionString: "postgres://ops@db.internal/ops" });

export async function countOpen(team: string): Promise<number> {
  const { rows } = await pool.query("select count(*) from incidents where team = $1", [team]);
  return Number(rows[0].count);
}
