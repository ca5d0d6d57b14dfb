//! How a model request travels through the reader's architecture, for the diagram.

use super::parts::{Configuration, Memory, Model, Tools};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cloud {
    Azure,
    Aws,
}

/// Who holds the memory and the tools, when they are on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holder {
    /// An agent runtime between the reader's app and the model.
    Runtime,
    /// The reader's own app.
    App,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Route {
    /// Whether an agent runtime sits between the app and the model.
    pub runtime_used: bool,
    /// Whether that runtime is the one on AWS (the SRE plan); otherwise it may run anywhere and
    /// sends each model request to Azure.
    pub runtime_on_aws: bool,
    /// Where memory and tools live when they are on.
    pub holder: Holder,
    /// Where the model request is served.
    pub served_by: Cloud,
    pub memory: bool,
    pub tools: bool,
}

/// The route of a model request (spec §2, "what it means").
pub fn route(c: &Configuration) -> Route {
    let memory = c.memory == Memory::On;
    let tools = c.tools == Tools::On;
    let (runtime_used, runtime_on_aws, holder, served_by) = match c.model {
        // A plain request goes straight to Azure; memory or tools mean an agent runtime
        // (anywhere, even on AWS) that sends each model request to Azure.
        Model::Azure => (memory || tools, false, Holder::Runtime, Cloud::Azure),
        // The SRE as announced: the model on AWS is reached only through the runtime.
        Model::AwsRuntime => (true, true, Holder::Runtime, Cloud::Aws),
        // The reader's own code sends requests straight to the model; anything else is theirs.
        Model::AwsDirect => (false, false, Holder::App, Cloud::Aws),
    };
    Route {
        runtime_used,
        runtime_on_aws,
        holder,
        served_by,
        memory,
        tools,
    }
}
