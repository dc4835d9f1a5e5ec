//! The `[kafka]` table of the config file, and the librdkafka settings of
//! the two clients made from it.
//!
//! ```toml
//! [kafka]
//! brokers = "kafka-1:9092,kafka-2:9092"
//! group = "scrubline"
//! input = ["app-logs", "ivr-logs"]
//! output = "logs-redacted"
//! dead_letter = "logs-withheld"
//! batch_size = 5000          # records per produce-ack-commit round
//!
//! [kafka.librdkafka]         # passed to both clients as written: TLS, SASL, tuning
//! "security.protocol" = "SASL_SSL"
//! "sasl.mechanisms" = "SCRAM-SHA-512"
//! "sasl.username" = "scrubline"
//! "sasl.password" = "…"
//! ```

use std::collections::BTreeMap;

use rdkafka::ClientConfig;
use serde::Deserialize;

use crate::cli::Opts;
use crate::config::ConfigFile;
use crate::exit::Failure;

const DEFAULT_BATCH: usize = 5000;
const MAX_BATCH: usize = 1_000_000;

/// Properties scrubline sets itself: letting the config change them would
/// break the delivery guarantee (auto commit) or contradict `[kafka]`.
const OWNED: [&str; 4] = [
    "bootstrap.servers",
    "group.id",
    "enable.auto.commit",
    "enable.auto.offset.store",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KafkaConfig {
    pub brokers: String,
    pub group: String,
    pub input: Vec<String>,
    pub output: String,
    pub dead_letter: String,
    pub batch_size: Option<usize>,
    /// TOML strings, integers, floats and booleans; librdkafka wants text.
    #[serde(default)]
    pub librdkafka: BTreeMap<String, toml::Value>,
}

/// What the stage runs with, checked.
pub struct Stage {
    pub input: Vec<String>,
    pub output: String,
    pub dead_letter: String,
    pub batch_size: usize,
    pub consumer: ClientConfig,
    pub producer: ClientConfig,
}

impl Stage {
    /// Reads `[kafka]` from the `--config` file; the stage has no flags of
    /// its own, so the table is required.
    pub fn load(opts: &Opts) -> Result<Stage, Failure> {
        let path = opts.config.as_ref().ok_or_else(|| {
            Failure::usage("kafka: give --config FILE (or SCRUBLINE_CONFIG) with a [kafka] table")
        })?;
        let origin = format!("config {}", path.display());
        let kafka = ConfigFile::load(path)?
            .kafka
            .ok_or_else(|| Failure::config(format!("{origin}: no [kafka] table")))?;
        Stage::new(kafka, &origin)
    }

    fn new(k: KafkaConfig, origin: &str) -> Result<Stage, Failure> {
        let bad = |what: String| Failure::config(format!("{origin}: kafka.{what}"));
        for (name, value) in [
            ("brokers", &k.brokers),
            ("group", &k.group),
            ("output", &k.output),
            ("dead_letter", &k.dead_letter),
        ] {
            if value.is_empty() {
                return Err(bad(format!("{name} is empty")));
            }
        }
        if k.input.is_empty() || k.input.iter().any(String::is_empty) {
            return Err(bad("input: list at least one topic name".into()));
        }
        if k.input.contains(&k.output) || k.input.contains(&k.dead_letter) {
            return Err(bad(
                "input: must not hold the output or dead_letter topic (records would loop)".into(),
            ));
        }
        let batch_size = k.batch_size.unwrap_or(DEFAULT_BATCH);
        if !(1..=MAX_BATCH).contains(&batch_size) {
            return Err(bad(format!(
                "batch_size = {batch_size}: use 1 to {MAX_BATCH} (default {DEFAULT_BATCH})"
            )));
        }
        let mut common = ClientConfig::new();
        common.set("bootstrap.servers", &k.brokers);
        for (name, value) in &k.librdkafka {
            if OWNED.contains(&name.as_str()) {
                return Err(bad(format!(
                    "librdkafka.{name}: set by scrubline; use kafka.brokers and kafka.group"
                )));
            }
            // Values are never quoted back: this table holds passwords.
            let text = match value {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                _ => {
                    return Err(bad(format!(
                        "librdkafka.{name}: use a string, number or boolean"
                    )))
                }
            };
            common.set(name, text);
        }
        let mut consumer = common.clone();
        consumer
            .set("group.id", &k.group)
            // Offsets are committed by hand, only once the producer has
            // acknowledged every redacted record before them.
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false");
        if consumer.get("auto.offset.reset").is_none() {
            // A new group must not skip what was logged before it started.
            consumer.set("auto.offset.reset", "earliest");
        }
        let mut producer = common;
        if producer.get("enable.idempotence").is_none() {
            // Retries neither duplicate nor reorder records of one key.
            producer.set("enable.idempotence", "true");
        }
        Ok(Stage {
            input: k.input,
            output: k.output,
            dead_letter: k.dead_letter,
            batch_size,
            consumer,
            producer,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(extra: &str) -> Result<Stage, Failure> {
        let text = format!(
            "brokers = \"b:9092\"\ngroup = \"g\"\ninput = [\"in\"]\noutput = \"out\"\ndead_letter = \"dlq\"\n{extra}"
        );
        Stage::new(toml::from_str(&text).unwrap(), "config t.toml")
    }

    #[test]
    fn auto_commit_cannot_be_turned_on() {
        let e = stage("[librdkafka]\n\"enable.auto.commit\" = true")
            .err()
            .unwrap();
        assert!(e
            .to_string()
            .contains("kafka.librdkafka.enable.auto.commit: set by scrubline"));
    }

    #[test]
    fn passed_through_values_become_text_and_are_never_quoted() {
        let s = stage(
            "[librdkafka]\n\"session.timeout.ms\" = 6000\n\"sasl.password\" = \"hunter2-secret\"",
        )
        .unwrap();
        assert_eq!(s.consumer.get("session.timeout.ms"), Some("6000"));
        assert_eq!(s.producer.get("sasl.password"), Some("hunter2-secret"));
        assert_eq!(s.consumer.get("enable.auto.commit"), Some("false"));
        let e = stage("[librdkafka]\n\"sasl.password\" = [\"hunter2-secret\"]")
            .err()
            .unwrap();
        assert!(!e.to_string().contains("hunter2"));
    }

    #[test]
    fn the_output_cannot_be_an_input() {
        let text = "brokers = \"b\"\ngroup = \"g\"\ninput = [\"a\", \"out\"]\noutput = \"out\"\ndead_letter = \"d\"";
        let e = Stage::new(toml::from_str(text).unwrap(), "c")
            .err()
            .unwrap();
        assert!(e.to_string().contains("records would loop"));
    }
}
