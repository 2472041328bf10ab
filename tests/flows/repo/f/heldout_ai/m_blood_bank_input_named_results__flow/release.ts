import * as wmill from "windmill-client";

export async function main(results: { donation_id: string; reactive: boolean }[], held: string[]) {
  const inv = await wmill.getResource("f/blood_bank/inventory_api");
  const clear = results.filter((r) => !r.reactive && !held.includes(r.donation_id));
  for (const r of clear) {
    await fetch(`${inv.url}/donations/${r.donation_id}/release`, {
      method: "POST",
      headers: { Authorization: `Bearer ${inv.token}` },
    });
  }
  return { released: clear.length };
}
