#![cfg(not(target_arch = "wasm32"))]
//! The rules engine against the spec's tables (spec §3, §4), over all 24 configurations.

use two_words_engine::*;

fn config(memory: &str, tools: &str, model: &str, terms: &str) -> Configuration {
    let mut c = Configuration::default();
    for (part, key) in [
        (Part::Memory, memory),
        (Part::Tools, tools),
        (Part::Model, model),
        (Part::Terms, terms),
    ] {
        assert!(c.set_from_key(part, key), "bad key {key} for {part:?}");
    }
    c
}

/// The spec §3 table, row by row, written as (memory, tools, model, terms) patterns with "*"
/// for "any", and the expected verdict key and contested flag.
const SPEC_TABLE: &[(&str, &str, &str, &str, &str, bool)] = &[
    ("*", "*", "azure", "2025", "no-dispute", false),
    ("*", "*", "aws-direct", "2025", "microsoft", false),
    ("off", "off", "aws-runtime", "2025", "microsoft", false),
    ("on", "*", "aws-runtime", "2025", "amazon-openai", true),
    ("off", "on", "aws-runtime", "2025", "amazon-openai", true),
    ("*", "*", "azure", "2026", "no-dispute", false),
    ("on", "*", "aws-runtime", "2026", "no-dispute", false),
    ("off", "on", "aws-runtime", "2026", "no-dispute", false),
    ("off", "off", "aws-runtime", "2026", "unsettled", false),
    ("*", "*", "aws-direct", "2026", "unsettled", false),
];

fn matches(pattern: &str, value: &str) -> bool {
    pattern == "*" || pattern == value
}

fn spec_rows_for(c: &Configuration) -> Vec<(&'static str, bool)> {
    SPEC_TABLE
        .iter()
        .filter(|(m, t, model, terms, _, _)| {
            matches(m, c.memory.key())
                && matches(t, c.tools.key())
                && matches(model, c.model.key())
                && matches(terms, c.terms.key())
        })
        .map(|&(_, _, _, _, key, contested)| (key, contested))
        .collect()
}

#[test]
fn there_are_24_distinct_configurations() {
    let all: std::collections::HashSet<_> = Configuration::all().collect();
    assert_eq!(all.len(), 24);
    assert_eq!(Configuration::all().count(), 24);
}

#[test]
fn every_configuration_matches_exactly_one_spec_row_and_its_verdict() {
    for c in Configuration::all() {
        let rows = spec_rows_for(&c);
        assert_eq!(rows.len(), 1, "{c:?} matches {} spec rows", rows.len());
        let v = verdict(&c);
        assert_eq!((v.key.key(), v.contested), rows[0], "verdict for {c:?}");
    }
}

fn check(c: Configuration, key: &str, contested: bool, reason: &str, inferred: bool) {
    let v = verdict(&c);
    assert_eq!(
        (v.key.key(), v.contested, v.reason.key(), v.inferred),
        (key, contested, reason, inferred),
        "{c:?}"
    );
}

#[test]
fn the_presets_of_the_spec_get_the_expected_verdicts() {
    check(
        config("off", "off", "azure", "2025"),
        "no-dispute",
        false,
        "2025-azure",
        false,
    );
    check(
        config("on", "on", "azure", "2025"),
        "no-dispute",
        false,
        "2025-azure",
        false,
    );
    check(
        config("on", "on", "aws-runtime", "2025"),
        "amazon-openai",
        true,
        "2025-stateful-runtime",
        false,
    );
    check(
        config("off", "on", "aws-runtime", "2025"),
        "amazon-openai",
        true,
        "2025-tools-only",
        false,
    );
    check(
        config("off", "off", "aws-runtime", "2025"),
        "microsoft",
        false,
        "2025-relay",
        true,
    );
    check(
        config("off", "off", "aws-direct", "2025"),
        "microsoft",
        false,
        "2025-direct",
        false,
    );
    check(
        config("on", "on", "aws-direct", "2025"),
        "microsoft",
        false,
        "2025-direct-layer",
        true,
    );
    check(
        config("on", "on", "aws-runtime", "2026"),
        "no-dispute",
        false,
        "2026-runtime",
        false,
    );
    check(
        config("off", "on", "aws-runtime", "2026"),
        "no-dispute",
        false,
        "2026-runtime",
        false,
    );
    check(
        config("off", "off", "aws-runtime", "2026"),
        "unsettled",
        false,
        "2026-relay",
        false,
    );
    check(
        config("on", "off", "aws-direct", "2026"),
        "unsettled",
        false,
        "2026-direct",
        false,
    );
    check(
        config("on", "off", "azure", "2026"),
        "no-dispute",
        false,
        "2026-azure",
        false,
    );
}

#[test]
fn model_on_azure_is_always_no_dispute() {
    for c in Configuration::all().filter(|c| c.model == Model::Azure) {
        assert_eq!(verdict(&c).key, VerdictKey::NoDispute, "{c:?}");
    }
}

#[test]
fn inferred_verdicts_are_the_2025_relay_and_direct_rows_with_memory_or_tools() {
    // Spec §3: no report discusses these cases, so they are the explainer's reading.
    for c in Configuration::all() {
        let relay = c == config("off", "off", "aws-runtime", "2025");
        let direct_layer = c.terms == Terms::Y2025
            && c.model == Model::AwsDirect
            && (c.memory == Memory::On || c.tools == Tools::On);
        assert_eq!(verdict(&c).inferred, relay || direct_layer, "{c:?}");
    }
}

#[test]
fn every_argument_is_listed_once_for_every_configuration() {
    for c in Configuration::all() {
        let ids: Vec<_> = evaluate_arguments(&c).iter().map(|a| a.id).collect();
        assert_eq!(ids, ArgumentId::ALL.to_vec(), "{c:?}");
    }
}

#[test]
fn every_argument_applies_somewhere_and_not_everywhere() {
    for id in ArgumentId::ALL {
        let applies: Vec<bool> = Configuration::all()
            .map(|c| {
                evaluate_arguments(&c)
                    .into_iter()
                    .find(|a| a.id == id)
                    .unwrap()
                    .standing
                    .holds()
            })
            .collect();
        assert!(applies.contains(&true), "{id:?} never applies");
        assert!(applies.contains(&false), "{id:?} always applies");
    }
}

#[test]
fn a_contested_verdict_has_an_applying_argument_from_each_side() {
    for c in Configuration::all().filter(|c| verdict(c).contested) {
        let args = evaluate_arguments(&c);
        for side in [Side::Microsoft, Side::AmazonOpenai] {
            assert!(
                args.iter()
                    .any(|a| a.standing.holds() && a.id.side() == side),
                "{c:?}: no applying argument from {side:?}"
            );
        }
    }
}

#[test]
fn a_verdict_for_one_side_has_an_applying_argument_from_that_side() {
    for c in Configuration::all() {
        let side = match verdict(&c).key {
            VerdictKey::Microsoft => Side::Microsoft,
            VerdictKey::AmazonOpenai => Side::AmazonOpenai,
            _ => continue,
        };
        assert!(
            evaluate_arguments(&c)
                .iter()
                .any(|a| a.standing.holds() && a.id.side() == side),
            "{c:?}"
        );
    }
}

#[test]
fn when_every_request_goes_to_azure_the_clause_is_met_and_nothing_else_applies() {
    for c in Configuration::all().filter(|c| c.model == Model::Azure) {
        for a in evaluate_arguments(&c) {
            let expected = match a.id {
                ArgumentId::Clause => (Standing::Met, Reason::ClauseMet),
                _ => (Standing::DoesNotApply, Reason::ModelOnAzure),
            };
            assert_eq!((a.standing, a.reason), expected, "{c:?} {:?}", a.id);
        }
    }
}

#[test]
fn the_clause_may_apply_wherever_the_amended_terms_leave_it_open() {
    for c in Configuration::all().filter(|c| c.terms == Terms::Y2026 && c.model != Model::Azure) {
        let clause = evaluate_arguments(&c)[0];
        assert_eq!(clause.id, ArgumentId::Clause);
        assert_eq!(
            (clause.standing, clause.reason),
            (Standing::Unknown, Reason::ClauseUncertain),
            "{c:?}"
        );
    }
}

#[test]
fn with_tools_but_no_memory_only_the_product_argument_applies_for_amazon_and_openai() {
    // Spec §3: with nothing kept, only the "not primarily offered as an API" argument can
    // apply.
    let c = config("off", "on", "aws-runtime", "2025");
    let applying: Vec<_> = evaluate_arguments(&c)
        .into_iter()
        .filter(|a| a.standing.holds() && a.id.side() == Side::AmazonOpenai)
        .map(|a| a.id)
        .collect();
    assert_eq!(applying, vec![ArgumentId::ProductsNotApis]);
}

#[test]
fn the_reason_an_argument_does_not_apply_names_the_part_that_would_change_it() {
    // For every argument and every pair of configurations that differ in exactly one part,
    // if the answer changes then the reason it does not apply names that part: a reader who
    // asks "why not?" is told which switch would change it.
    for id in ArgumentId::ALL {
        for a in Configuration::all() {
            for part in Part::ALL {
                for value in part.values() {
                    let mut b = a;
                    b.set_from_key(part, value);
                    if a == b {
                        continue;
                    }
                    let sa = evaluate_arguments(&a)
                        .into_iter()
                        .find(|s| s.id == id)
                        .unwrap();
                    let sb = evaluate_arguments(&b)
                        .into_iter()
                        .find(|s| s.id == id)
                        .unwrap();
                    if sa.standing.holds() && !sb.standing.holds() {
                        assert!(
                            sb.reason.parts().contains(&part),
                            "{id:?}: {a:?} -> {b:?} changes on {part:?} but reasons are {:?} / {:?}",
                            sa.reason,
                            sb.reason
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn routes_follow_the_model_call() {
    for c in Configuration::all() {
        let r = route(&c);
        let expected_cloud = if c.model == Model::Azure {
            Cloud::Azure
        } else {
            Cloud::Aws
        };
        assert_eq!(r.served_by, expected_cloud, "{c:?}");
        assert_eq!(r.runtime_on_aws, c.model == Model::AwsRuntime, "{c:?}");
        match c.model {
            Model::AwsRuntime => assert!(r.runtime_used),
            Model::AwsDirect => assert!(!r.runtime_used && r.holder == Holder::App),
            Model::Azure => assert_eq!(
                r.runtime_used,
                c.memory == Memory::On || c.tools == Tools::On,
                "{c:?}"
            ),
        }
    }
}

#[test]
fn part_keys_round_trip() {
    for part in Part::ALL {
        for value in part.values() {
            let mut c = Configuration::default();
            assert!(c.set_from_key(part, value));
            assert_eq!(c.value_key(part), *value);
        }
        assert_eq!(Configuration::default().value_key(part), part.values()[0]);
        assert!(!Configuration::default().set_from_key(part, "maybe"));
    }
}
