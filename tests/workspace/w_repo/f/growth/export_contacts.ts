type Format = "csv" | "json";

export async function main(list_id: string, format: Format = "csv", include_unsubscribed = false) {
  const r = await fetch(
    `https://crm.internal/lists/${list_id}/export?format=${format}&unsub=${include_unsubscribed}`,
  );
  return { url: (await r.json()).url as string };
}
