// SDK: windmill-client 1.818.0 client.mjs: encodeCheckpointPayload writes a bigint as value.toString(), so the task's millilitre totals come back as strings and `>` / `+` compare or concatenate text
import { task, workflow } from "windmill-client";
import postgres from "postgres";

type Stock = { siteId: string; totalMl: bigint; bags: number };

const stockAt = task(async (siteId: string): Promise<Stock> => {
  const sql = postgres(process.env.BLOODBANK_DB!);
  const [row] = await sql`select coalesce(sum(volume_ml), 0)::bigint as total, count(*)::int as bags from plasma_bags where site_id = ${siteId} and status = 'frozen'`;
  await sql.end();
  return { siteId, totalMl: BigInt(row.total), bags: row.bags }; // expect: WAC107
});

const requestTransfer = task(async (fromSite: string, toSite: string, bags: number) => {
  const r = await fetch("https://api.hemolink.example/v2/plasma/transfers", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ fromSite, toSite, bags }),
  });
  return ((await r.json()) as { id: string }).id;
});

export const main = workflow(async (sites: string[], minimumMl = 200_000) => {
  const stocks = await Promise.all(sites.map((s) => stockAt(s)));
  const floor = BigInt(minimumMl);

  const short = stocks.filter((s) => s.totalMl < floor);
  const rich = stocks.filter((s) => s.totalMl > floor * 2n).sort((a, b) => (b.totalMl > a.totalMl ? 1 : -1));

  const transfers: string[] = [];
  for (const need of short) {
    const donor = rich.shift();
    if (!donor) break;
    transfers.push(await requestTransfer(donor.siteId, need.siteId, Math.ceil(donor.bags / 4)));
  }
  return { short: short.map((s) => s.siteId), transfers };
});
