/** The model drawn as images (SVG; PNG through a rasterizer outside this folder). Pure TypeScript. */
export { renderSvg, type RenderOptions, type RenderedSvg, type Rect } from './svg';
export { buildScene, type Scene, type SceneSimulation, type SceneTeam, type SceneHandoff } from './scene';
export { embedInSvg, jsonFromSvg, jsonFromPng, pngWithJson, modelJsonFromImage, isPng, EMBED_KEY } from './embed';
export { escapeXml } from './text';
export { stepPicture, type StepPicture } from './stepFrame';
