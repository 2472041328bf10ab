export async function main(to: string, subject: string, tracking_url: string) {
  return { to, subject, tracking_url }
}
