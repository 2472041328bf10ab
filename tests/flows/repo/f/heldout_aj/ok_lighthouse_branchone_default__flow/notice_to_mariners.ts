import * as wmill from "windmill-client";

export async function main(station: string, lamp: string, fogSignal: string) {
  const hydro = await wmill.getResource("f/lighthouse/hydrographic_office");
  const res = await fetch(`${hydro.url}/notices`, {
    method: "POST",
    headers: { Authorization: `Bearer ${hydro.token}`, "content-type": "application/json" },
    body: JSON.stringify({ station, lamp, fogSignal }),
  });
  return { notice: (await res.json()).number as string };
}
