/** The id of the story editor in the UI store's `openPanel` (the editor itself loads on demand). */
export const STORY_PANEL = 'story';
