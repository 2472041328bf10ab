// SDK: windmill-client 1.818.0 client.mjs: the getters here only compute from the constructor's fields; the feed is read inside a task
import { task, workflow } from "windmill-client";

type Notam = { id: string; radiusNm: number; lat: number; lon: number; floorFt: number };

class Airspace {
  constructor(
    private readonly lat: number,
    private readonly lon: number,
    private readonly radiusNm = 5,
  ) {}

  get query(): string {
    return `lat=${this.lat}&lon=${this.lon}&r=${this.radiusNm}`;
  }

  get boxDeg(): number {
    return this.radiusNm / 60;
  }
}

const searchNotams = task(async (query: string): Promise<Notam[]> => {
  const r = await fetch(`https://notams.faa-proxy.example/v1/search?${query}`);
  return (await r.json()) as Notam[];
});

const fileLaanc = task(async (siteId: string, ceilingFt: number) => {
  const r = await fetch("https://laanc.skyline-survey.example/v1/requests", {
    method: "POST",
    body: JSON.stringify({ siteId, ceilingFt }),
  });
  return (await r.json()) as { authorization: string; status: string };
});

export const main = workflow(async (siteId: string, lat: number, lon: number, ceilingFt = 300) => {
  const airspace = new Airspace(lat, lon);
  const active = await searchNotams(airspace.query);
  const blocking = active.filter((n) => n.floorFt <= ceilingFt && Math.abs(n.lat - lat) < airspace.boxDeg);
  if (blocking.length > 0) {
    return { siteId, status: "blocked", notams: blocking.map((n) => n.id) };
  }
  return { siteId, ...(await fileLaanc(siteId, ceilingFt)) };
});
