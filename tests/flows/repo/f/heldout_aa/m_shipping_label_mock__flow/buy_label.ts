import * as wmill from "windmill-client";

export async function main(rate_id: string) {
  const shippo = await wmill.getResource("f/shop/shippo");
  const resp = await fetch("https://api.goshippo.com/transactions/", {
    method: "POST",
    headers: { Authorization: `ShippoToken ${shippo.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ rate: rate_id, label_file_type: "PDF" }),
  });
  const tx = await resp.json();
  return { tracking_number: tx.tracking_number as string, label_url: tx.label_url as string };
}
