// The package's main export: the engine, its types and the rule list.
export { check, worstSeverity, severityRank, byPosition, setRuleErrorHandler, ruleEnabled } from './check';
export { normalise } from './normalise';
export { readPostTime } from './context';
export { defaultProfile } from './profile';
export { rules } from '../rules/index';
export * from './types';
