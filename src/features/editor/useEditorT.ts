// The editor's strings with the shared dictionary, in the current language: t.editor … beside
// t.columns …. Kept out of the dictionary index.ts composes, so they load with the lazy editor
// chunk instead of the board's first download.
import { withArea } from '../../i18n';
import * as editor from '../../i18n/editor';

const area = withArea('editor', { de: editor.de, en: editor.en });

export const editorMessages = area.messages;
export const useEditorT = area.useArea;
export type EditorT = ReturnType<typeof editorMessages>;
