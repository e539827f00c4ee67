import { registerCustomFunctions } from './functions';

// Entry point of the functions bundle: the only place that touches the global runtime.
registerCustomFunctions(CustomFunctions);
