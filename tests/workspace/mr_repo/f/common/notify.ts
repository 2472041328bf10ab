export default async function notify(text: string): Promise<void> {
  await fetch("https://hooks.example.com/ops", { method: "POST", body: JSON.stringify({ text }) });
}

export async function main(text: string) {
  return text;
}
