import { loadSpecDocument, type OperationSpec, readOperations } from './operations.js';
import { SpecValidators } from './validators.js';

/** The spec's operations and their validators, shared by every app in the process. */
export interface LoadedSpec {
  operations: ReadonlyMap<string, OperationSpec>;
  validators: SpecValidators;
}

let loaded: LoadedSpec | undefined;

/** Loads the spec once per process; validators compile on first use and are reused. */
export function loadSpec(): LoadedSpec {
  if (!loaded) {
    const document = loadSpecDocument();
    loaded = { operations: readOperations(document), validators: new SpecValidators(document) };
  }
  return loaded;
}
