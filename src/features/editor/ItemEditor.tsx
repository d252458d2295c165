// Placeholder: the item editor dialog (opened through useViewStore.openEditor).
export function ItemEditor() {
  return null;
}
