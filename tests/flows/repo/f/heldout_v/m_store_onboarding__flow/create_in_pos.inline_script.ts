type Lightspeed = { account_id: string; token: string };

export async function main(pos: Lightspeed, name: string, timezone: string) {
  const res = await fetch(`https://api.lightspeedapp.com/API/V3/Account/${pos.account_id}/Shop.json`, {
    method: "POST",
    headers: { Authorization: `Bearer ${pos.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name, timeZone: timezone }),
  });
  if (!res.ok) throw new Error(`Lightspeed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  return { id: body.Shop.shopID as string, name };
}
