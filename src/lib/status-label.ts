/** A claim status as readers read it: "denied" is "Denied". */
export function statusLabel(status: string): string {
  return `${status.slice(0, 1).toUpperCase()}${status.slice(1)}`;
}
