import * as wmill from "windmill-client";

export async function main(period: string) {
  const api = await wmill.getResource("f/hr/harvest");
  const resp = await fetch(`https://api.harvestapp.com/v2/periods/${period}/lock`, {
    method: "POST",
    headers: { Authorization: `Bearer ${api.token}`, "Harvest-Account-Id": api.account_id },
  });
  if (!resp.ok) throw new Error(`harvest ${resp.status}`);
  return { locked: true };
}
