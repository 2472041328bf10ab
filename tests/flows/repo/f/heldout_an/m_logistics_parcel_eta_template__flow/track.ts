import * as wmill from "windmill-client";

export async function main(tracking_number: string) {
  const dhl = await wmill.getResource("f/heldout_an/dhl");
  const res = await fetch(`https://api-eu.dhl.com/track/shipments?trackingNumber=${tracking_number}`, {
    headers: { "DHL-API-Key": dhl.api_key },
  });
  const body = await res.json();
  const s = body.shipments[0];
  return { tracking_number, status: s.status.statusCode, eta: s.estimatedTimeOfDelivery ?? null };
}
