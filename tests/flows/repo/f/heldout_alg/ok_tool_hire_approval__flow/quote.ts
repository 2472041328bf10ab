import * as wmill from "npm:windmill-client@1";

export async function main(tool_sku: string, days: number) {
  const rates = await wmill.getResource("f/tool_hire/rate_card");
  const rate = rates[tool_sku];
  if (!rate) throw new Error(`no rate for ${tool_sku}`);
  const perDay = days >= 7 ? rate.weekly / 7 : rate.daily;
  return { tool_sku, days, price_per_day: Math.round(perDay * 100) / 100 };
}
