// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the step's return value is what replays see), task() wrapper
import { task, step, workflow } from "windmill-client";

type LedgerEvent =
  | { kind: "Opened"; accountId: string; currency: string }
  | { kind: "Deposited"; amountCents: number }
  | { kind: "Withdrawn"; amountCents: number };

interface AccountState {
  accountId: string;
  balanceCents: number;
  frozen: boolean;
  version: number;
}

const loadEvents = task(async (accountId: string, fromVersion: number): Promise<LedgerEvent[]> => {
  const res = await fetch(`https://ledger.internal/accounts/${accountId}/events?from=${fromVersion}`);
  return (await res.json()) as LedgerEvent[];
});

const saveProjection = task(async (state: AccountState) => {
  await fetch(`https://ledger.internal/projections/accounts/${state.accountId}`, {
    method: "PUT",
    body: JSON.stringify(state),
  });
  return state.version;
});

const evolve = (state: AccountState, event: LedgerEvent): AccountState => {
  if (event.kind === "Deposited") return { ...state, balanceCents: state.balanceCents + event.amountCents, version: state.version + 1 };
  if (event.kind === "Withdrawn") return { ...state, balanceCents: state.balanceCents - event.amountCents, version: state.version + 1 };
  return state;
};

export const main = workflow(async (accountId: string, fromVersion = 0) => {
  const events = await loadEvents(accountId, fromVersion);
  // A fold over checkpointed events: the same state on every replay.
  let state = events.reduce(evolve, { accountId, balanceCents: 0, frozen: false, version: fromVersion });
  const problems: string[] = [];

  const verdict = await step("check_invariants", () => {
    const found: string[] = [];
    if (state.balanceCents < 0) found.push(`negative balance at v${state.version}`);
    return { found, freeze: found.length > 0 };
  });
  problems.push(...verdict.found);
  if (verdict.freeze) state = { ...state, frozen: true };

  await saveProjection(state);
  return { accountId, version: state.version, problems, frozen: state.frozen };
});
