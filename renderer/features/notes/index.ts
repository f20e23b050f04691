// The note editor: CodeMirror Markdown, preview, autosave, delete with undo.
export { NoteEditor } from './NoteEditor';
export { renderMarkdown, renderMarkdownFragment, makeLinkContext, type LinkContext } from './render-markdown';
