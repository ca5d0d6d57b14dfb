use yew::prelude::*;

use crate::content::{fill, t, Text, CONTENT};
use crate::engine::{Verdict, VerdictKey};
use crate::ui::prose::{pattern, prose};
use crate::ui::state::{Action, Round, Tally};

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
            <h3 id="quiz-heading">{ t(Text::QuizHeading) }</h3>
            <div class="predictions" role="group" aria-labelledby="quiz-heading">
            { for VerdictKey::ALL.iter().map(|&key| {
                let onclick = on_action.reform(move |_| Action::Predict(key));
                let chosen = round.prediction == Some(key);
                html! {
                    <button type="button" class="prediction" data-predict={key.key()}
                            aria-pressed={if chosen { "true" } else { "false" }}
                            disabled={round.revealed} {onclick}>
                        { CONTENT.answer(key) }
                    </button>
                }
            }) }
            </div>
            <button type="button" class="button" data-action="reveal"
                    disabled={round.prediction.is_none() || round.revealed} onclick={reveal}>
                { t(Text::Reveal) }
            </button>
            <p class="quiz-result" role="status">
            {
                match result {
                    Some(true) => html! { <strong data-result="right">{ t(Text::QuizRight) }{ " " }</strong> },
                    Some(false) => html! {
                        <strong data-result="wrong">
                            { fill(t(Text::QuizWrong), &[("answer", round.prediction.map(|k| CONTENT.answer(k)).unwrap_or_default())]) }{ " " }
                        </strong>
                    },
                    None if round.prediction.is_none() => html! { { t(Text::QuizPick) } },
                    None => html! {},
                }
            }
            if round.revealed {
                { prose(CONTENT.headline(verdict)) }
            }
            </p>
            <p class="tally">
                { pattern(t(if storage { Text::TallyDevice } else { Text::TallyVisit }), &|slot| match slot {
                    "right" => html! { <span data-tally="right">{ tally.right }</span> },
                    "wrong" => html! { <span data-tally="wrong">{ tally.wrong }</span> },
                    _ => html! {},
                }) }
                { " " }
                <button type="button" class="button-quiet" data-action="reset-tally" onclick={reset}>{ t(Text::ResetScore) }</button>
            </p>
            <p class="quiz-note">{ t(Text::QuizNote) }</p>
        </section>
    }
}
