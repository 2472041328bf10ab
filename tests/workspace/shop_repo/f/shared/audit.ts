export default async function audit(event: string, data: unknown): Promise<void> {
  await fetch("https://audit.example.com/events", { method: "POST", body: JSON.stringify({ event, data }) });
}
