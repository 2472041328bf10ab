export async function notify(channel: string, text: string): Promise<void> {
  await fetch("https://hooks.example.com/notify", {
    method: "POST",
    body: JSON.stringify({ channel, text }),
  });
}

export function slugify(name: string): string {
  return name.trim().toLowerCase().replaceAll(" ", "-");
}
