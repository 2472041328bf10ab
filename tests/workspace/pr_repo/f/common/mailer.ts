class Mailer {
  constructor(private readonly sender: string) {}

  async send(to: string, body: string): Promise<number> {
    const response = await fetch("https://mail.example/send", {
      method: "POST",
      body: JSON.stringify({ from: this.sender, to, body }),
    });
    return response.status;
  }

  format(to: string, body: string): string {
    return `${this.sender} -> ${to}: ${body}`;
  }
}

export default new Mailer("noreply@example.com");
