export async function main(podium: number[], class_channel: string, average: number) {
  await fetch("https://chat.school.example/api/post", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ channel: class_channel, text: `Quiz average ${average.toFixed(1)}; top: ${podium.map((s) => `#${s}`).join(", ")}` }),
  });
  return { posted: true };
}
