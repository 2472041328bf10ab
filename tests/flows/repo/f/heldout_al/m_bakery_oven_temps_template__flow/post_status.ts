export async function main(channel: string, text: string) {
  await fetch("https://chat.bakery.example/post", { method: "POST", body: JSON.stringify({ channel, text }) });
  return { channel, text };
}
