type Smtp = { host: string; port: number; user: string; password: string }

export async function main(smtp: Smtp, to: string, tenant: { id: number; slug: string }) {
  console.log(`mail ${to} via ${smtp.host}: welcome to ${tenant.slug}`)
  return { sent: true }
}
