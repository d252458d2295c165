// A focus move a view asks for after a drop or a reschedule: the item takes focus once it shows up
// in its new place. One that never shows up (filtered out, moved out of the shown days) must not grab
// focus much later, so the request lapses after a few seconds.
const FOCUS_REQUEST_MS = 3000;

/** The `requestFocus` action of a zustand store holding `focusRequest`. */
export function expiringFocusRequest<R>(
  set: (state: { focusRequest: R | null }) => void,
  get: () => { focusRequest: R | null },
): (request: R | null) => void {
  return (focusRequest) => {
    set({ focusRequest });
    if (focusRequest)
      setTimeout(() => {
        if (get().focusRequest === focusRequest) set({ focusRequest: null });
      }, FOCUS_REQUEST_MS);
  };
}
