export async function main(day: string) {
  const res = await fetch(`https://audit.internal/api/logs?day=${day}&per_page=1000&head=1`);
  const total = Number(res.headers.get("x-total-count") ?? "0");
  return { pages: Math.ceil(total / 1000), total };
}
