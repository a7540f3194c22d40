/**
 * What an aborted wait or request rejects with: the signal's own reason, so a CancelledError or a
 * timeout's DOMException reaches the caller unchanged; an AbortError when the reason is no Error
 * (nothing in EvalGate aborts with one, but `abort('text')` is legal).
 */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('The operation was aborted.', 'AbortError');
}
