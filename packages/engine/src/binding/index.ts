export { type BindingMap, boundEventsSql } from './bound-events.ts';
export { BindingReport, bindingReport, bindingReportSql } from './report.ts';
export { ruleCondition } from './rule-condition.ts';
