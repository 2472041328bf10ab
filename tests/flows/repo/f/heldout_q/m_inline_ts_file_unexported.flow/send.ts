type Message = { to: string; body: string }

async function main(to: string, body: string) {
  const msg: Message = { to, body }
  return msg
}
