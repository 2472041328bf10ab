export async function main(service: string, channel: string) {
  const res = await fetch("https://pager.internal/api/page", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ service, channel }),
  });
  return { paged: res.ok, service };
}
