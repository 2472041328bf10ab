import * as wmill from "windmill-client";

export async function main(station: string) {
  const scada = await wmill.getResource("f/lighthouse/scada");
  const res = await fetch(`${scada.url}/stations/${station}/lamp/standby`, {
    method: "POST",
    headers: { "x-api-key": scada.key },
  });
  return { on: res.ok };
}
