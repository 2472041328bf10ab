// SDK: plain Bun script using `satisfies`, `using`-free resource cleanup, top-level await of a resource
import * as wmill from "windmill-client";

type Influx = { url: string; token: string; org: string; bucket: string };

const config = {
  warnBelowPct: 20,
  critBelowPct: 10,
  locos: ["BR185-001", "BR185-014", "G2000-07"],
} satisfies { warnBelowPct: number; critBelowPct: number; locos: string[] };

const influx = (await wmill.getResource("f/rail/influx")) as Influx;

async function latestFuel(loco: string): Promise<number | null> {
  const q = `from(bucket:"${influx.bucket}") |> range(start:-1h) |> filter(fn:(r) => r.loco == "${loco}") |> last()`;
  const r = await fetch(`${influx.url}/api/v2/query?org=${influx.org}`, {
    method: "POST",
    headers: { Authorization: `Token ${influx.token}`, "Content-Type": "application/vnd.flux" },
    body: q,
  });
  const csv = await r.text();
  const last = csv.trim().split("\n").at(-1)?.split(",").at(-1);
  return last ? Number(last) : null;
}

export async function main() {
  const levels = await Promise.all(config.locos.map(async (l) => [l, await latestFuel(l)] as const));
  const status = levels.map(([loco, pct]) => ({
    loco,
    pct,
    level: pct === null ? "unknown" : pct < config.critBelowPct ? "critical" : pct < config.warnBelowPct ? "warn" : "ok",
  }));
  return { at: new Date().toISOString(), status };
}
