// SDK: plain Bun script with a class-based client, private fields, static factory; Date arithmetic in a plain main
import * as wmill from "windmill-client";

class FleetApi {
  #base: string;
  #token: string;
  private constructor(base: string, token: string) {
    this.#base = base;
    this.#token = token;
  }
  static async fromWorkspace(): Promise<FleetApi> {
    const res = await wmill.getResource("f/rail/fleet_api");
    return new FleetApi(res.baseUrl, res.token);
  }
  async wagons(): Promise<{ id: string; lastInspection: string; km: number }[]> {
    const r = await fetch(`${this.#base}/wagons`, { headers: { Authorization: `Bearer ${this.#token}` } });
    return await r.json();
  }
  async openWorkOrder(id: string, reason: string) {
    await fetch(`${this.#base}/work-orders`, {
      method: "POST",
      headers: { Authorization: `Bearer ${this.#token}` },
      body: JSON.stringify({ wagon: id, reason }),
    });
  }
}

export async function main(maxDays = 365, maxKm = 120_000, dryRun = true) {
  const api = await FleetApi.fromWorkspace();
  const today = new Date();
  const due = (await api.wagons()).filter((w) => {
    const days = (today.getTime() - new Date(w.lastInspection).getTime()) / 86_400_000;
    return days > maxDays || w.km > maxKm;
  });
  if (!dryRun) for (const w of due) await api.openWorkOrder(w.id, "periodic inspection due");
  return { due: due.map((w) => w.id), dryRun };
}
