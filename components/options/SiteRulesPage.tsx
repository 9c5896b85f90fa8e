import { i18n } from '#i18n';
import { NO_RULES, type RuleTarget, type SiteRules, type SiteRuleSet } from '@/utils/site-rules/site-rules';
import { AlwaysOpenSwitch, type AlwaysOpenControl } from '../shared/AlwaysOpenSwitch';
import { RuleRow } from './RuleRow';

interface Props {
  rules: SiteRuleSet;
  /** The sites whose articles open in the reader by themselves. */
  alwaysOpenSites: string[];
  alwaysOpen: AlwaysOpenControl;
  /** Changes one site's rules; resolves to why not, or null once kept. */
  onChange: (site: string, change: (rules: SiteRules) => SiteRules) => Promise<string | null>;
  /** Forgets everything about a site: its rules, and always opening it. */
  onForget: (site: string) => void;
}

/** `rule` with `selector` in place of its own. */
const withSelector = (rule: RuleTarget, selector: string): RuleTarget => ({ ...rule, selector });

/**
 * Every site the person told the reader about, with what they told it: always open, removals,
 * the article's part; each to change or delete, and the site to forget.
 */
export function SiteRulesPage({ rules, alwaysOpenSites, alwaysOpen, onChange, onForget }: Props) {
  const sites = [...new Set([...Object.keys(rules), ...alwaysOpenSites])].toSorted();
  return (
    <main class="site-rules">
      <h1>{i18n.t('rules.pageTitle')}</h1>
      <p>{i18n.t('rules.intro')}</p>
      {sites.length === 0 && <p>{i18n.t('rules.none')}</p>}
      {sites.map((site) => {
        const { content, removals } = Object.hasOwn(rules, site) ? rules[site]! : NO_RULES;
        const change = (edit: (rules: SiteRules) => SiteRules) => onChange(site, edit);
        return (
          <section class="site" key={site} aria-label={site}>
            <h2>{site}</h2>
            <AlwaysOpenSwitch site={site} control={alwaysOpen} />
            {content && (
              <>
                <h3>{i18n.t('rules.content')}</h3>
                <RuleRow
                  rule={content}
                  onEdit={(selector) => change((now) => ({ ...now, content: withSelector(content, selector) }))}
                  onDelete={() => void change((now) => ({ ...now, content: null }))}
                />
              </>
            )}
            {removals.length > 0 && (
              <>
                <h3>{i18n.t('rules.removals')}</h3>
                <ul>
                  {removals.map((rule) => (
                    <li key={rule.selector}>
                      <RuleRow
                        rule={rule}
                        onEdit={(selector) =>
                          change((now) => ({
                            ...now,
                            removals: now.removals.map((r) =>
                              r.selector === rule.selector ? withSelector(r, selector) : r,
                            ),
                          }))
                        }
                        onDelete={() =>
                          void change((now) => ({
                            ...now,
                            removals: now.removals.filter((r) => r.selector !== rule.selector),
                          }))
                        }
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" onClick={() => onForget(site)}>
              {i18n.t('rules.deleteSite')}
            </button>
          </section>
        );
      })}
    </main>
  );
}
