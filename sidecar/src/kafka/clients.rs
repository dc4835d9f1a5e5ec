//! The two librdkafka clients and their callbacks: delivery reports
//! counted per round, consumer lag from librdkafka's statistics, and
//! librdkafka's own warnings on stderr.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, ConsumerContext};
use rdkafka::error::KafkaError;
use rdkafka::producer::{BaseProducer, DeliveryResult, ProducerContext};
use rdkafka::{ClientConfig, Statistics};

use super::stats::Counters;
use crate::exit::Failure;

pub type Consumer = BaseConsumer<ConsumerCallbacks>;
pub type Producer = BaseProducer<ProducerCallbacks>;

pub fn consumer(config: &ClientConfig, counters: &Arc<Counters>) -> Result<Consumer, Failure> {
    let callbacks = ConsumerCallbacks {
        counters: Arc::clone(counters),
    };
    config.create_with_context(callbacks).map_err(|e| {
        Failure::config(format!(
            "kafka: cannot create the consumer: {}",
            describe(&e)
        ))
    })
}

pub fn producer(config: &ClientConfig) -> Result<Producer, Failure> {
    config
        .create_with_context(ProducerCallbacks::default())
        .map_err(|e| {
            Failure::config(format!(
                "kafka: cannot create the producer: {}",
                describe(&e)
            ))
        })
}

/// A librdkafka error for a message. A bad property's value is left out:
/// the passed-through properties hold passwords.
pub fn describe(e: &KafkaError) -> String {
    match e {
        KafkaError::ClientConfig(_, desc, name, value)
            if value.is_empty() || !desc.contains(value.as_str()) =>
        {
            format!("librdkafka property {name}: {desc}")
        }
        KafkaError::ClientConfig(_, _, name, _) => {
            format!("librdkafka property {name}: invalid value")
        }
        other => other.to_string(),
    }
}

/// librdkafka's problems go to stderr like scrubline's own; its chatter
/// (notice and below) does not.
fn log(level: RDKafkaLogLevel, facility: &str, message: &str) {
    if (level as i32) <= RDKafkaLogLevel::Warning as i32 {
        eprintln!("scrubline: kafka: {facility}: {message}");
    }
}

pub struct ConsumerCallbacks {
    counters: Arc<Counters>,
}

impl ClientContext for ConsumerCallbacks {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        log(level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        eprintln!("scrubline: kafka: consumer: {error}: {reason}");
    }

    /// Called when `statistics.interval.ms` is set (with `--stats`): the
    /// lag of every assigned partition, summed.
    fn stats(&self, statistics: Statistics) {
        let lag = statistics
            .topics
            .values()
            .flat_map(|t| t.partitions.values())
            .filter(|p| p.partition >= 0 && p.consumer_lag >= 0)
            .map(|p| p.consumer_lag.unsigned_abs())
            .sum();
        self.counters.set_lag(lag);
    }
}

impl ConsumerContext for ConsumerCallbacks {}

/// Delivery reports of the records sent since the last `take`.
#[derive(Default)]
pub struct ProducerCallbacks {
    pending: AtomicU64,
    /// The first failure of the round; later ones say nothing new.
    failure: Mutex<Option<String>>,
}

impl ProducerCallbacks {
    /// One more record handed to the producer.
    pub fn sent(&self) {
        self.pending.fetch_add(1, Ordering::Relaxed);
    }

    /// Records sent whose delivery report has not come yet.
    pub fn pending(&self) -> u64 {
        self.pending.load(Ordering::Relaxed)
    }

    /// The round's first failed delivery, if any, and a clean slate.
    pub fn take_failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }
}

impl ClientContext for ProducerCallbacks {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        log(level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        eprintln!("scrubline: kafka: producer: {error}: {reason}");
    }
}

impl ProducerContext for ProducerCallbacks {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        if let Err((e, _)) = result {
            // Only the error: it says why, and quotes no record.
            let mut failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
            failure.get_or_insert_with(|| e.to_string());
        }
        self.pending.fetch_sub(1, Ordering::Relaxed);
    }
}
