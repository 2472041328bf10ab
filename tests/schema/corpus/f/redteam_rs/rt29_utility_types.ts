type User = { id: string; name: string; email?: string };

export async function main(
  a: Pick<User, "id">,
  b: Omit<User, "email">,
  c: Required<User>,
  d: Readonly<User>,
  e: NonNullable<string | null>,
  f: ReturnType<typeof main>,
  g: keyof User,
  h: User["name"],
  i: Awaited<Promise<number>>,
  j: Exclude<"a" | "b", "a">,
) {
  return a;
}
