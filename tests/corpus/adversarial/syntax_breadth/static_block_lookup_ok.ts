// SDK: windmill-client 1.818.0 client.mjs: a class whose static block only builds a lookup table from literals is the same on every replay.
import { task, workflow } from "windmill-client";

class Regions {
  static readonly byCountry = new Map<string, string>();
  static #fallback = "us";

  static {
    for (const [country, region] of [["DE", "eu"], ["FR", "eu"], ["JP", "ap"]] as const) {
      Regions.byCountry.set(country, region);
    }
  }

  static of(country: string): string {
    return Regions.byCountry.get(country) ?? Regions.#fallback;
  }

  get fallback(): string {
    return Regions.#fallback;
  }
}

const routeOrder = task(async (orderId: string, region: string) => ({ orderId, region }));

export const main = workflow(async (orderId: string, country: string) => {
  return await routeOrder(orderId, Regions.of(country));
});
