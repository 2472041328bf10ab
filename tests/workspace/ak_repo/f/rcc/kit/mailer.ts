// Mail through the campus relay's HTTP gateway.
export default function makeMailer(gateway: string) {
  return {
    async send(to: string, subject: string, body: string): Promise<void> {
      await fetch(`${gateway}/send`, { method: "POST", body: JSON.stringify({ to, subject, body }) });
    },
    preview(to: string, subject: string): string {
      return `To: ${to}\nSubject: ${subject}`;
    },
  };
}
