// SDK: windmill-client 1.818.0 client.mjs workflow(): the body runs again from the top after each task; the `notams` getter fetches every time it is read, so the FAA feed is queried once per round
import { task, step, workflow } from "windmill-client";

type Notam = { id: string; radiusNm: number; lat: number; lon: number; floorFt: number };

class Airspace {
  constructor(
    private readonly lat: number,
    private readonly lon: number,
    private readonly radiusNm = 5,
  ) {}

  get notams(): Promise<Notam[]> {
    return fetch(
      `https://notams.faa-proxy.example/v1/search?lat=${this.lat}&lon=${this.lon}&r=${this.radiusNm}`,
    ).then((r) => r.json() as Promise<Notam[]>);
  }

  static blocking(list: Notam[], ceilingFt: number): Notam[] {
    return list.filter((n) => n.floorFt <= ceilingFt);
  }
}

const fileLaanc = task(async (siteId: string, ceilingFt: number) => {
  const r = await fetch("https://laanc.skyline-survey.example/v1/requests", {
    method: "POST",
    body: JSON.stringify({ siteId, ceilingFt }),
  });
  return (await r.json()) as { authorization: string; status: "approved" | "further_coordination" };
});

export const main = workflow(async (siteId: string, lat: number, lon: number, ceilingFt = 300) => {
  const airspace = new Airspace(lat, lon);
  const active = await airspace.notams; // expect: WAC101
  const blocking = Airspace.blocking(active, ceilingFt);
  if (blocking.length > 0) {
    return { siteId, status: "blocked", notams: blocking.map((n) => n.id) };
  }
  const auth = await fileLaanc(siteId, ceilingFt);
  const decidedAt = await step("decided_at", () => new Date().toISOString());
  return { siteId, status: auth.status, authorization: auth.authorization, decidedAt };
});
