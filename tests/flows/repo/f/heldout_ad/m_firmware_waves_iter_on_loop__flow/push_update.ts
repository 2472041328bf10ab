import * as wmill from "windmill-client";

export async function main(serial: string, version: string, wave: number = 0) {
  const fleet = await wmill.getResource("f/iot/fleet_api");
  const resp = await fetch(`${fleet.url}/devices/${serial}/ota`, {
    method: "POST",
    headers: { Authorization: `Bearer ${fleet.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ version, wave }),
  });
  if (!resp.ok) throw new Error(`OTA for ${serial} refused: ${resp.status}`);
  const job = await resp.json();
  return { serial, ota_job: job.id, ok: true };
}
