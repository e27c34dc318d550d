// @joplin/turndown-plugin-gfm ships no types: the plugins it exports, as Turndown takes them.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  type Plugin = (service: TurndownService) => void;
  const plugins: { gfm: Plugin; tables: Plugin; strikethrough: Plugin; taskListItems: Plugin; highlightedCodeBlock: Plugin };
  export default plugins;
}
