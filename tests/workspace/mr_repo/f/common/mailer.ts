export class Mailer {
  constructor(private endpoint: string) {}

  async send(to: string, text: string): Promise<void> {
    await fetch(this.endpoint, { method: "POST", body: JSON.stringify({ to, text }) });
  }

  format(text: string): string {
    return text.trim();
  }
}

export async function main(endpoint: string) {
  return new Mailer(endpoint).format("x");
}
