// Tariff lookups against the CIS.
import { GATEWAY } from "./net.ts";

export class TariffClient {
  static async refresh(tier: string): Promise<{ tier: string; centsPerM3: number }> {
    const res = await fetch(`${GATEWAY}/cis/tariffs/${tier}`);
    return (await res.json()) as { tier: string; centsPerM3: number };
  }

  static price(centsPerM3: number, m3: number): number {
    return Math.round(centsPerM3 * m3);
  }
}
