// The name model extraction uses. Each runtime installs it once at start-up
// from its own storage (Node from the file, the background from the
// extension's bundled copy), so extract() stays a synchronous pure function
// of the text. Extracting before a model is installed is an error: without
// the model, people would silently go unmarked.
import { NameModelError, type NameModel } from './format';

let installed: NameModel | undefined;

export function installNameModel(model: NameModel): void {
  installed = model;
}

export function nameModel(): NameModel {
  if (!installed) throw new NameModelError('no name model is loaded: install one (installNameModel) before extracting');
  return installed;
}
