export default class Mailer {
  constructor(private from: string) {}

  async send(to: string, body: string): Promise<void> {
    await fetch("https://mail.example.com/send", {
      method: "POST",
      body: JSON.stringify({ from: this.from, to, body }),
    });
  }

  render(body: string): string {
    return `From ${this.from}: ${body}`;
  }
}

export async function main(from: string) {
  return new Mailer(from).render("hi");
}
