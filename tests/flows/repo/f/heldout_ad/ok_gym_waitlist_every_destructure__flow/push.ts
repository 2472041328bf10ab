export async function main(member_id: string, titles: string[]) {
  await fetch("https://push.internal/v1/send", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user: member_id, title: "Your classes", body: titles.length ? `Booked: ${titles.join(", ")}` : "All full - you are on the waitlists." }),
  });
  return { pushed: true };
}
