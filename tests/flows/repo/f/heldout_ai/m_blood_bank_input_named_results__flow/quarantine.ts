import * as wmill from "windmill-client";

export async function main(donationIds: string[], batchId: string) {
  const inv = await wmill.getResource("f/blood_bank/inventory_api");
  const held: string[] = [];
  const donors = new Set<string>();
  for (const id of donationIds) {
    const res = await fetch(`${inv.url}/donations/${id}/quarantine`, {
      method: "POST",
      headers: { Authorization: `Bearer ${inv.token}` },
      body: JSON.stringify({ batch: batchId }),
    });
    if (!res.ok) throw new Error(`quarantine ${id}: ${res.status}`);
    const body = await res.json();
    held.push(id);
    donors.add(body.donor_id);
  }
  return { held, donors: [...donors] };
}
