export async function main(email: string, excludeRoom: string) {
  const code = `AGAIN-${excludeRoom.slice(0, 3).toUpperCase()}-${email.length}${new Date().getMonth() + 1}`;
  return { code, percent: 15 };
}
