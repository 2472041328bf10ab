// SDK: none (plain Bun script): its form comes from render_label.script.yaml.
import * as wmill from "windmill-client";

export async function main(orderId: string, carrier: string = "dhl", paper: "A4" | "A6" = "A6") {
  const token = await wmill.getVariable("f/shipping/label_api_token");
  const r = await fetch(`https://labels.internal/${carrier}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ orderId, paper }),
  });
  if (!r.ok) throw new Error(`label failed: ${r.status}`);
  return { url: (await r.json()).url as string, paper };
}
