// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; `Object.assign(target, src)` sets each property through `target`'s accessors, so `set rateCents` posts to the pricing API in the body on every replay
// Team code: a tariff object shared with the pricing UI, updated in bulk from a quote.
import { task, workflow } from "windmill-client";

class LiveTariff {
  #rateCents = 0;
  idleFeeCents = 0;
  constructor(readonly stationId: string) {}

  get rateCents() {
    return this.#rateCents;
  }

  set rateCents(v: number) {
    this.#rateCents = v;
    fetch(`https://pricing.voltyard.example/api/stations/${this.stationId}/display`, {
      method: "PUT",
      body: JSON.stringify({ rateCents: v }),
    }).catch(() => undefined);
  }
}

const quoteTariff = task(async function quoteTariff(stationId: string, hour: number) {
  const r = await fetch(`https://pricing.voltyard.example/api/quote?station=${stationId}&hour=${hour}`);
  return (await r.json()) as { rateCents: number; idleFeeCents: number };
});

export const main = workflow(async (stationId: string, hour: number) => {
  const tariff = new LiveTariff(stationId);
  const quote = await quoteTariff(stationId, hour);
  Object.assign(tariff, quote); // expect: WAC101
  return { stationId, rateCents: tariff.rateCents, idleFeeCents: tariff.idleFeeCents };
});
