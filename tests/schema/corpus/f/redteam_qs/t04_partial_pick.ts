interface User {
  id: string;
  name: string;
  email: string;
  age?: number;
}

export async function main(
  patch: Partial<User>,
  ids: Pick<User, "id" | "name">,
  rest: Omit<User, "email">,
  rec: Record<string, number>,
  req: Required<User>,
) {
  return patch;
}
