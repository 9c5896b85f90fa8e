import { i18n } from '#i18n';
import { MAX_SAMPLE_CHARS, type RuleTarget } from '@/utils/site-rules/site-rules';

/** A rule's target in words: "boxes like “Tides at Quay Street…”" (its sample cut short shows it). */
export function ruleWords(rule: RuleTarget): string {
  const sample = rule.sample.length >= MAX_SAMPLE_CHARS ? `${rule.sample.trimEnd()}…` : rule.sample;
  return i18n.t(`rules.kind.${rule.kind}`, [sample]);
}
