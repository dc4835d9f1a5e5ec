//! [`RedactingLayer`]: a ready `fmt` layer, text or JSON, whose output goes
//! through a [`RedactingMakeWriter`].

use std::io;

use scrubline_core::Redactor;
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::format::{DefaultFields, FmtSpan, Format, Full, Json, JsonFields};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

use crate::writer::RedactingMakeWriter;

type TextLayer<S, W> =
    tracing_subscriber::fmt::Layer<S, DefaultFields, Format<Full>, RedactingMakeWriter<W>>;
type JsonLayer<S, W> =
    tracing_subscriber::fmt::Layer<S, JsonFields, Format<Json>, RedactingMakeWriter<W>>;

/// A `tracing_subscriber::fmt` layer whose output is redacted. Made by
/// [`layer`](crate::layer()).
///
/// One type for text and JSON output (so a program can choose the format
/// at run time), generic only over the subscriber and the inner writer.
/// The knobs are those of `fmt::Layer` that keep the output readable by the
/// engine; colours stay off (see [`RedactingMakeWriter`] for why).
pub struct RedactingLayer<S, W = fn() -> io::Stdout> {
    inner: Inner<S, W>,
    json: JsonOptions,
}

enum Inner<S, W> {
    Text(TextLayer<S, W>),
    Json(JsonLayer<S, W>),
}

/// The JSON-only knobs, kept so they apply whichever of `.json()` and the
/// knob is called first.
#[derive(Clone, Copy)]
struct JsonOptions {
    flatten_event: bool,
    current_span: bool,
    span_list: bool,
}

/// Applies one `fmt::Layer` knob to whichever format the layer has.
macro_rules! knob {
    ($self:ident, $l:ident => $call:expr) => {
        RedactingLayer {
            inner: match $self.inner {
                Inner::Text($l) => Inner::Text($call),
                Inner::Json($l) => Inner::Json($call),
            },
            json: $self.json,
        }
    };
}

/// Calls one `Layer` method on whichever format the layer has.
macro_rules! each {
    ($self:expr, $l:ident => $call:expr) => {
        match $self {
            Inner::Text($l) => $call,
            Inner::Json($l) => $call,
        }
    };
}

impl<S> RedactingLayer<S> {
    pub(crate) fn new(redactor: Redactor) -> Self {
        let text = tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_writer(RedactingMakeWriter::new(
                redactor,
                io::stdout as fn() -> io::Stdout,
            ));
        RedactingLayer {
            inner: Inner::Text(text),
            json: JsonOptions {
                flatten_event: false,
                current_span: true,
                span_list: true,
            },
        }
    }
}

impl<S, W> RedactingLayer<S, W> {
    /// Writes to `make_writer` instead of stdout; redaction stays on.
    pub fn with_writer<W2>(self, make_writer: W2) -> RedactingLayer<S, W2>
    where
        W2: for<'w> MakeWriter<'w> + 'static,
    {
        knob!(self, l => l.map_writer(|w| w.with_inner(make_writer)))
    }

    /// Writes one JSON object per event (`fmt::Layer::json`). JSON output
    /// stays valid: replacements inside strings need no escaping.
    pub fn json(self) -> Self {
        let json = self.json;
        let inner = match self.inner {
            Inner::Text(l) => Inner::Json(json.apply(l.json())),
            json_layer @ Inner::Json(_) => json_layer,
        };
        RedactingLayer { inner, json }
    }

    /// JSON only: puts the event's fields at the top level of the object
    /// instead of under `"fields"`.
    pub fn flatten_event(mut self, flatten: bool) -> Self {
        self.json.flatten_event = flatten;
        self.apply_json()
    }

    /// JSON only: includes the current span as `"span"` (on by default).
    pub fn with_current_span(mut self, display: bool) -> Self {
        self.json.current_span = display;
        self.apply_json()
    }

    /// JSON only: includes the list of entered spans as `"spans"` (on by
    /// default).
    pub fn with_span_list(mut self, display: bool) -> Self {
        self.json.span_list = display;
        self.apply_json()
    }

    fn apply_json(self) -> Self {
        let json = self.json;
        let inner = match self.inner {
            Inner::Json(l) => Inner::Json(json.apply(l)),
            text @ Inner::Text(_) => text,
        };
        RedactingLayer { inner, json }
    }

    /// Also writes span lifecycle events (`new`, `close` with timings …).
    pub fn with_span_events(self, kind: FmtSpan) -> Self {
        knob!(self, l => l.with_span_events(kind))
    }

    /// Whether to write the event's target (on by default).
    pub fn with_target(self, display: bool) -> Self {
        knob!(self, l => l.with_target(display))
    }

    /// Whether to write the event's level (on by default).
    pub fn with_level(self, display: bool) -> Self {
        knob!(self, l => l.with_level(display))
    }

    /// Whether to write the source file of the event.
    pub fn with_file(self, display: bool) -> Self {
        knob!(self, l => l.with_file(display))
    }

    /// Whether to write the source line of the event.
    pub fn with_line_number(self, display: bool) -> Self {
        knob!(self, l => l.with_line_number(display))
    }

    /// Whether to write the id of the thread that emitted the event.
    pub fn with_thread_ids(self, display: bool) -> Self {
        knob!(self, l => l.with_thread_ids(display))
    }

    /// Whether to write the name of the thread that emitted the event.
    pub fn with_thread_names(self, display: bool) -> Self {
        knob!(self, l => l.with_thread_names(display))
    }
}

impl JsonOptions {
    fn apply<S, W>(self, l: JsonLayer<S, W>) -> JsonLayer<S, W> {
        l.flatten_event(self.flatten_event)
            .with_current_span(self.current_span)
            .with_span_list(self.span_list)
    }
}

// Forwards every method `fmt::Layer` implements; the others keep their
// defaults, as they do for `fmt::Layer`.
impl<S, W> tracing_subscriber::Layer<S> for RedactingLayer<S, W>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + 'static,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        each!(&self.inner, l => l.on_new_span(attrs, id, ctx))
    }

    fn on_record(&self, span: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        each!(&self.inner, l => l.on_record(span, values, ctx))
    }

    fn on_enter(&self, id: &Id, ctx: Context<'_, S>) {
        each!(&self.inner, l => l.on_enter(id, ctx))
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        each!(&self.inner, l => l.on_exit(id, ctx))
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        each!(&self.inner, l => l.on_close(id, ctx))
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        each!(&self.inner, l => l.on_event(event, ctx))
    }
}

impl<S, W> std::fmt::Debug for RedactingLayer<S, W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let format = match self.inner {
            Inner::Text(_) => "text",
            Inner::Json(_) => "json",
        };
        f.debug_struct("RedactingLayer")
            .field("format", &format)
            .finish_non_exhaustive()
    }
}
