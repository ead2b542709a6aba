// Where the caret was in an editor, so "Edit post" (and Escape) can put the user back exactly
// where they left off, with the draft untouched.

export type SavedCaret =
  | { type: 'range'; range: Range }
  | { type: 'field'; start: number; end: number; direction: 'forward' | 'backward' | 'none' };

export function saveCaret(editor: HTMLElement): SavedCaret | undefined {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    if (editor.selectionStart === null || editor.selectionEnd === null) return undefined;
    return { type: 'field', start: editor.selectionStart, end: editor.selectionEnd, direction: editor.selectionDirection ?? 'none' };
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return undefined;
  return { type: 'range', range: range.cloneRange() };
}

/** Focuses the editor without scrolling and puts the caret back where it was (if it still can be). */
export function restoreCaret(editor: HTMLElement, saved: SavedCaret | undefined): void {
  editor.focus({ preventScroll: true });
  if (!saved) return;
  if (saved.type === 'field') {
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
      const length = editor.value.length;
      editor.setSelectionRange(Math.min(saved.start, length), Math.min(saved.end, length), saved.direction);
    }
    return;
  }
  const { range } = saved;
  if (!range.startContainer.isConnected || !editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return;
  const selection = editor.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
