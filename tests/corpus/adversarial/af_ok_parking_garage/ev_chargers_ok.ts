// SDK: windmill-client 1.818.0 a plain script that imports `workflow` from windmill-client but exports an ordinary named main (Windmill finds no workflow() wrapper and runs it as a script): OCPP status polling, Date.now(), a retry loop
import { getResource, setState, workflow } from "windmill-client";

void workflow; // kept for the WAC version being drafted next to this script

type Connector = { id: number; status: "Available" | "Charging" | "Faulted" | "Unavailable"; since: string };

async function getJson<T>(url: string, token: string, tries = 3): Promise<T> {
  let err: unknown = null;
  for (let i = 0; i < tries; i++) {
    try {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (res.ok) return (await res.json()) as T;
      err = new Error(`${url}: ${res.status}`);
    } catch (e) {
      err = e;
    }
    await Bun.sleep(300 * (i + 1));
  }
  throw err;
}

export async function main(site: string, faultMinutes = 30) {
  const csms = await getResource("f/parking/ocpp_csms");
  const chargers = await getJson<{ id: string; connectors: Connector[] }[]>(`${csms.url}/sites/${site}/chargers`, csms.token);
  const now = Date.now();
  const stuck = chargers.flatMap((c) =>
    c.connectors
      .filter((k) => k.status === "Faulted" && now - Date.parse(k.since) > faultMinutes * 60_000)
      .map((k) => ({ charger: c.id, connector: k.id, since: k.since })),
  );
  for (const s of stuck) {
    await fetch(`${csms.url}/chargers/${s.charger}/reset`, {
      method: "POST",
      headers: { authorization: `Bearer ${csms.token}` },
      body: JSON.stringify({ type: "Soft" }),
    });
  }
  await setState({ checkedAt: new Date(now).toISOString(), stuck: stuck.length });
  return { site, chargers: chargers.length, reset: stuck };
}
