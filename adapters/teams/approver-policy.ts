/** Someone in a Teams activity, as the Bot Connector names them. */
export interface TeamsUser {
  id: string;
  name?: string;
  aadObjectId?: string;
}

/** Policy that decides who may confirm writes and bind channels from Teams. */
export interface TeamsApproverPolicy {
  /** Whether a list is configured; without one, everyone may confirm. */
  readonly configured: boolean;
  mayConfirm(user: TeamsUser | undefined): boolean;
  /** Returns who may approve, such as "Maria Lopez and 1 other approver". */
  approvers(): string;
  /** Returns the sentence shown to a rejected user, naming who can confirm. */
  refusal(): string;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Approvers from a list of Microsoft Entra object ids (TEAMS_APPROVERS). Only `aadObjectId`
 * counts: the Bot Connector's `from.id` differs per bot and is not an Entra id.
 */
export function createTeamsApproverPolicy(objectIds: string[]): TeamsApproverPolicy {
  const ids = new Set(objectIds.map((id) => id.toLowerCase()));
  // NOTE: names are learnt from approvers' own activities and kept in memory only, so after a
  // restart a refusal counts the approvers who have not written since instead of naming them.
  const names = new Map<string, string>();

  function approvers(): string {
    const known = [...ids].flatMap((id) => {
      const name = names.get(id);
      return name === undefined ? [] : [name];
    });
    const unknown = ids.size - known.length;
    if (unknown === 0) return joinNames(known);
    if (known.length === 0) {
      return unknown === 1
        ? 'the approver set for this bot'
        : `the ${unknown} approvers set for this bot`;
    }
    return joinNames([...known, `${unknown} other approver${unknown === 1 ? '' : 's'}`]);
  }

  return {
    configured: ids.size > 0,
    mayConfirm(user) {
      if (ids.size === 0) return true;
      const id = user?.aadObjectId?.toLowerCase();
      if (id === undefined || !ids.has(id)) return false;
      if (user?.name !== undefined && user.name !== '') names.set(id, user.name);
      return true;
    },
    approvers,
    refusal() {
      return `Only ${approvers()} can confirm changes in this organization. Nothing was changed.`;
    },
  };
}
