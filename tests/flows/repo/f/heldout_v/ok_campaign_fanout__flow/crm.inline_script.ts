export async function main(token: string, name: string) {
  const res = await fetch("https://api.hubapi.com/crm/v3/lists", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name, objectTypeId: "0-1", processingType: "MANUAL" }),
  });
  if (!res.ok) throw new Error(`HubSpot: ${res.status}`);
  const body = await res.json();
  return { list_id: body.list.listId as string };
}
