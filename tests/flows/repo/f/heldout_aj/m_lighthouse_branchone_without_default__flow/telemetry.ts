import * as wmill from "windmill-client";

type Status = "ok" | "degraded" | "failed";

export async function main(station: string) {
  const scada = await wmill.getResource("f/lighthouse/scada");
  const res = await fetch(`${scada.url}/stations/${station}/status`, {
    headers: { "x-api-key": scada.key },
  });
  if (!res.ok) throw new Error(`scada ${res.status}`);
  const body = await res.json();
  return { lamp: body.lamp as Status, fog_signal: body.fog as Status, battery: body.battery_v };
}
