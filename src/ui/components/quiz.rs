use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::{Verdict, VerdictKey};
use crate::ui::state::{Action, Round, Tally};

/// A short label for each possible answer.
fn answer(key: VerdictKey) -> &'static str {
    match key {
        VerdictKey::Microsoft => "Microsoft's argument applies",
        VerdictKey::AmazonOpenai => "Contested: Amazon and OpenAI's argument",
        VerdictKey::NoDispute => "No dispute reported",
        VerdictKey::Unsettled => "Unsettled",
    }
}

/// Predict, then reveal (spec §8). Nothing leaves the device.
pub fn quiz(
    round: Round,
    tally: Tally,
    storage: bool,
    verdict: &Verdict,
    on_action: &Callback<Action>,
) -> Html {
    let reveal = on_action.reform(|_| Action::Reveal);
    let reset = on_action.reform(|_| Action::ResetTally);
    let result = round
        .revealed
        .then(|| round.prediction == Some(verdict.key));
    html! {
        <section class="quiz" aria-labelledby="quiz-heading">
            <h3 id="quiz-heading">{ "Your prediction: whose argument applies?" }</h3>
            <div class="predictions" role="group" aria-labelledby="quiz-heading">
            { for VerdictKey::ALL.iter().map(|&key| {
                let onclick = on_action.reform(move |_| Action::Predict(key));
                let chosen = round.prediction == Some(key);
                html! {
                    <button type="button" class="prediction" data-predict={key.key()}
                            aria-pressed={if chosen { "true" } else { "false" }}
                            disabled={round.revealed} {onclick}>
                        { answer(key) }
                    </button>
                }
            }) }
            </div>
            <button type="button" class="button" data-action="reveal"
                    disabled={round.prediction.is_none() || round.revealed} onclick={reveal}>
                { "Reveal" }
            </button>
            <p class="quiz-result" role="status">
            {
                match result {
                    Some(true) => html! { <strong data-result="right">{ "✓ Right. " }</strong> },
                    Some(false) => html! {
                        <strong data-result="wrong">
                            { format!("✗ Not this time: you predicted “{}”. ", round.prediction.map(answer).unwrap_or_default()) }
                        </strong>
                    },
                    None if round.prediction.is_none() => html! { { "Pick an answer, then reveal." } },
                    None => html! {},
                }
            }
            if round.revealed {
                { CONTENT.headline(verdict) }
            }
            </p>
            <p class="tally">
                <span data-tally="right">{ tally.right }</span>{ " right, " }
                <span data-tally="wrong">{ tally.wrong }</span>{ " wrong" }
                { if storage { " on this device. " } else { " this visit (this browser keeps no score between visits). " } }
                <button type="button" class="button-quiet" data-action="reset-tally" onclick={reset}>{ "Reset score" }</button>
            </p>
            <p class="quiz-note">{ "Change any part of the system for a new question. Your answers stay on this device." }</p>
        </section>
    }
}
