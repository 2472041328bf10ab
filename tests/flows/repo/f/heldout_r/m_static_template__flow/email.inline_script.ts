export async function main(sendgrid: { apiKey: string }, to: string, subject: string, tracking_url: string) {
  return { to, subject, tracking_url }
}
