// The editor's chosen scenario and quarter are pure readings of the document (src/model/chosen.ts).
export { chosenQuarter, chosenScenario } from '../model/chosen';
