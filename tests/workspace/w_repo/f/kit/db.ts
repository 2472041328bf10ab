// Growth database: postgres.js client shared by the growth scripts.
import postgres from "postgres";

export const sql = postgres({
  host: "growth-db.internal",
  database: "growth",
  username: "growth_rw",
  max: 4,
});

export async function leadsSince(day: string) {
  return await sql`select id, email, score from leads where created_at >= ${day}`;
}

export function scoreBucket(score: number): "hot" | "warm" | "cold" {
  return score >= 80 ? "hot" : score >= 40 ? "warm" : "cold";
}
