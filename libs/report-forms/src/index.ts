export * from './model/form-definition';
export {
  formDefinitionSchema,
  parseFormDefinition,
  type ParseFormDefinitionResult,
} from './model/form-definition.schema';
export {
  activePoints,
  allPoints,
  findPart,
  findPoint,
  isBlank,
  pointsFilledBy,
} from './model/form-points';
export { HALVARSRAPPORT_V1 } from './versions/halvarsrapport-v1';
export { HALVARSRAPPORT_V2 } from './versions/halvarsrapport-v2';
export {
  comparePeriods,
  formVersion,
  formVersionForPeriod,
  HALVARSRAPPORT_VERSIONS,
} from './versions/form-versions';
export {
  reviseDefinition,
  type DefinitionRevision,
  type PointRevision,
} from './versions/revise-definition';
export * from './rules/problem';
export {
  validateReport,
  type ValidateReportOptions,
  type ValidationMode,
} from './rules/validate-report';
export { explainRules } from './rules/explain-rules';
export { changesBetween, type ReportChange } from './diff/changes-between';
