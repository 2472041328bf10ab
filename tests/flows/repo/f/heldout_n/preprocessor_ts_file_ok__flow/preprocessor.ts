export async function preprocessor(event: { kind: string; body: any }) {
  return { user: event.body?.user };
}

export async function main(user: string) {
  return user;
}
