// Mail a PI through the campus relay.
export async function main(pi_email: string, subject: string, body: string) {
  const res = await fetch("https://relay.rcc.example.edu/send", {
    method: "POST",
    body: JSON.stringify({ to: pi_email, subject, body }),
  });
  return { sent: res.ok };
}
